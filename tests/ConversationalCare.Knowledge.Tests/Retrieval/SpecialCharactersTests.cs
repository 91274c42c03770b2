using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class SpecialCharactersTests(SampleKnowledge knowledge)
{
    // Lucene query syntax, regex-like input and stray punctuation are just text to us.
    [Theory]
    [InlineData("?")]
    [InlineData("*")]
    [InlineData("*?")]
    [InlineData(":")]
    [InlineData("\"")]
    [InlineData("\"unclosed quote")]
    [InlineData("question:password")]
    [InlineData("pass*word?")]
    [InlineData("refund~2 AND (return OR NOT exchange)")]
    [InlineData("+- && || ! ( ) { } [ ] ^ ~ \\ /")]
    [InlineData("📦📦📦 where's my parcel?!")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("\0\t\r\n")]
    [InlineData("订单？？？！！！")]
    public void Never_throws_on_special_characters(string question)
    {
        var error = Record.Exception(() =>
        {
            knowledge.Ask(question, "en-US");
            knowledge.Ask(question, "zh-CN");
        });

        Assert.Null(error);
    }

    [Fact]
    public void Still_answers_when_the_question_ends_with_punctuation_and_quotes()
    {
        var result = knowledge.Ask("\"Where is my order???\"", "en-US");

        Assert.Equal("en-track-parcel", result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Fact]
    public void Copes_with_a_pasted_essay()
    {
        var essay = string.Join(' ', Enumerable.Repeat("my parcel is late and the tracking number shows nothing at all", 400));

        var result = knowledge.Ask(essay, "en-US");

        Assert.Equal("en-track-parcel", result.Best?.Article.Key);
    }

    [Fact]
    public void Treats_curly_apostrophes_like_straight_ones()
    {
        var curly = knowledge.Ask("what\u2019s your phone number", "en-US");
        var straight = knowledge.Ask("what's your phone number", "en-US");

        Assert.Equal(straight.Best?.Score, curly.Best?.Score);
    }
}
