using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Tests.Articles;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class SampleKnowledgeBaseTests(SampleKnowledge knowledge)
{
    [Theory]
    [InlineData("en-US", "en-")]
    [InlineData("zh-CN", "zh-")]
    public void Ships_at_least_32_articles_per_locale_keyed_by_language(string locale, string keyPrefix)
    {
        var articles = knowledge.Articles.Where(a => a.Locale == locale).ToList();

        Assert.True(articles.Count >= 32, $"{locale} has only {articles.Count} articles");
        Assert.All(articles, a => Assert.StartsWith(keyPrefix, a.Key));
    }

    [Fact]
    public void Every_article_has_a_unique_key()
    {
        var duplicates = knowledge.Articles.GroupBy(a => a.Key).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_follow_up_leads_to_an_existing_article_in_the_same_locale()
    {
        var byKey = knowledge.Articles.ToDictionary(a => a.Key);

        Assert.All(knowledge.Articles.SelectMany(a => a.FollowUps.Select(f => (a, f))), pair =>
        {
            Assert.True(byKey.TryGetValue(pair.f.ArticleKey, out var target), $"{pair.a.Key} -> {pair.f.ArticleKey}");
            Assert.Equal(pair.a.Locale, target!.Locale);
        });
    }

    [Fact]
    public void Every_article_is_complete_with_three_to_six_alternate_questions()
    {
        Assert.All(knowledge.Articles, a =>
        {
            Assert.InRange(a.AlternateQuestions.Count, 3, 6);
            Assert.NotEmpty(a.Tags);
            Assert.False(string.IsNullOrWhiteSpace(a.Category), a.Key);
            Assert.False(string.IsNullOrWhiteSpace(a.Answer), a.Key);
            Assert.DoesNotContain(a.Question, a.AlternateQuestions);
        });
    }

    [Fact]
    public void Offers_follow_up_prompts_and_markdown_answers_with_lists_and_links()
    {
        Assert.Contains(knowledge.Articles, a => a.FollowUps.Count > 0);
        Assert.Contains(knowledge.Articles, a => a.Answer.Contains("\n- ") || a.Answer.Contains("\n1. "));
        Assert.Contains(knowledge.Articles, a => a.Answer.Contains("](https://"));
    }

    [Theory]
    [InlineData("account", "账号")]
    [InlineData("orders", "订单")]
    [InlineData("delivery", "物流")]
    [InlineData("returns", "退换货")]
    [InlineData("payments", "支付")]
    [InlineData("membership", "会员")]
    [InlineData("contact", "联系我们")]
    public void Covers_each_support_topic_in_both_languages(string englishCategory, string chineseCategory)
    {
        Assert.Contains(knowledge.Articles, a => a.Locale == "en-US" && a.Category.Equals(englishCategory, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(knowledge.Articles, a => a.Locale == "zh-CN" && a.Category == chineseCategory);
    }

    [Fact]
    public void Pairs_every_english_article_with_a_chinese_one()
    {
        var english = knowledge.Articles.Where(a => a.Locale == "en-US").Select(a => a.Key["en-".Length..]);
        var chinese = knowledge.Articles.Where(a => a.Locale == "zh-CN").Select(a => a.Key["zh-".Length..]);

        Assert.Equal(english.Order(), chinese.Order());
    }
}
