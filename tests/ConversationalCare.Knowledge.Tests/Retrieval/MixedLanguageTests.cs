using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class MixedLanguageTests(SampleKnowledge knowledge)
{
    [Theory]
    [InlineData("我的order在哪", "zh-track-parcel")]
    [InlineData("iPhone 怎么退货", "zh-how-to-return")]
    [InlineData("refund 多久到账", "zh-refund-timing")]
    [InlineData("invoice 怎么开", "zh-invoice")]
    [InlineData("我的 2FA 验证码收不到", "zh-two-factor")]
    [InlineData("ＶＩＰ会员能免运费吗", "zh-membership-benefits")]
    public void Understands_english_words_inside_a_chinese_question(string question, string expectedKey)
    {
        var result = knowledge.Ask(question, "zh-CN");

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Fact]
    public void Answers_a_chinese_question_from_a_customer_whose_locale_is_english()
    {
        var result = knowledge.Ask("iPhone 怎么退货", "en-US");

        Assert.Equal("zh-how-to-return", result.Best?.Article.Key);
        Assert.NotEqual(AnswerConfidence.None, result.Confidence);
    }
}
