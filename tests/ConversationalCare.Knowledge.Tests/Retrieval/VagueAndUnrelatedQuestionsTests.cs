using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class VagueAndUnrelatedQuestionsTests(SampleKnowledge knowledge)
{
    [Theory]
    [InlineData("what's the weather on mars", "en-US")]
    [InlineData("who won the football game last night", "en-US")]
    [InlineData("what is the capital of France", "en-US")]
    [InlineData("can you recommend a good movie", "en-US")]
    [InlineData("tell me a joke", "en-US")]
    [InlineData("I love you", "en-US")]
    [InlineData("给我讲个笑话", "zh-CN")]
    [InlineData("今天天气怎么样", "zh-CN")]
    [InlineData("推荐一部好看的电影", "zh-CN")]
    [InlineData("明天会下雨吗", "zh-CN")]
    [InlineData("帮我写一首诗", "zh-CN")]
    [InlineData("你是机器人吗", "zh-CN")]
    public void Never_answers_a_question_outside_the_shop(string question, string locale)
    {
        var result = knowledge.Ask(question, locale);

        Assert.NotEqual(AnswerConfidence.High, result.Confidence);
        Assert.True(result.Best is null || result.Best.Score < 0.3, $"best {result.Best?.Article.Key} at {result.Best?.Score}");
    }

    [Theory]
    [InlineData("what's the weather on mars", "en-US")]
    [InlineData("asdfghjkl", "en-US")]
    [InlineData("can you recommend a good movie", "en-US")]
    [InlineData("给我讲个笑话", "zh-CN")]
    [InlineData("今天天气怎么样", "zh-CN")]
    [InlineData("推荐一部好看的电影", "zh-CN")]
    public void Has_nothing_to_suggest_for_plain_small_talk(string question, string locale)
    {
        Assert.Equal(AnswerConfidence.None, knowledge.Ask(question, locale).Confidence);
    }

    // One broad word fits several articles equally: worth offering choices, not an answer.
    [Theory]
    [InlineData("order", "en-US")]
    [InlineData("account", "en-US")]
    [InlineData("delivery", "en-US")]
    [InlineData("payment", "en-US")]
    [InlineData("订单", "zh-CN")]
    [InlineData("会员", "zh-CN")]
    public void Offers_choices_rather_than_an_answer_for_a_vague_question(string question, string locale)
    {
        var result = knowledge.Ask(question, locale);

        Assert.Equal(AnswerConfidence.Low, result.Confidence);
        Assert.True(result.Candidates.Count > 1);
    }

    // A word that names one thing customers want is enough to answer.
    [Theory]
    [InlineData("refund", "en-US", "en-refund-timing")]
    [InlineData("invoice", "en-US", "en-invoice")]
    [InlineData("退货", "zh-CN", "zh-how-to-return")]
    [InlineData("发票", "zh-CN", "zh-invoice")]
    public void Answers_a_one_word_question_that_names_a_single_topic(string question, string locale, string expectedKey)
    {
        var result = knowledge.Ask(question, locale);

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("how do I?")]
    [InlineData("请问一下")]
    public void Returns_nothing_for_a_question_without_a_topic(string question)
    {
        var result = knowledge.Ask(question, "en-US");

        Assert.Same(KnowledgeResult.Empty, result);
    }
}
