using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class LocalePreferenceTests(SampleKnowledge knowledge)
{
    [Fact]
    public void Prefers_articles_in_the_customers_language_when_both_match()
    {
        // "Lumen Plus" is written the same in both knowledge bases.
        var chinese = knowledge.Ask("Lumen Plus", "zh-CN");
        var english = knowledge.Ask("Lumen Plus", "en-US");

        Assert.All(chinese.Candidates, c => Assert.Equal("zh-CN", c.Article.Locale));
        Assert.All(english.Candidates, c => Assert.Equal("en-US", c.Article.Locale));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh")]
    [InlineData("ZH_cn")]
    public void Matches_by_language_rather_than_exact_region(string locale)
    {
        var result = knowledge.Ask("退款什么时候到账", locale);

        Assert.Equal("zh-refund-timing", result.Best?.Article.Key);
    }

    [Fact]
    public void Falls_back_to_another_language_only_when_the_customers_has_nothing()
    {
        var result = knowledge.Ask("how do I reset my password", "zh-CN");

        Assert.Equal("en-reset-password", result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Searches_every_language_when_the_locale_has_no_articles(string locale)
    {
        Assert.Equal("en-invoice", knowledge.Ask("I need an invoice for my company", locale).Best?.Article.Key);
        Assert.Equal("zh-invoice", knowledge.Ask("公司报销要开发票", locale).Best?.Article.Key);
    }
}
