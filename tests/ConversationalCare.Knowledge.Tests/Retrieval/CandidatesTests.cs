using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class CandidatesTests(SampleKnowledge knowledge)
{
    [Theory]
    [InlineData("refund for a damaged item I returned", "en-US", 3)]
    [InlineData("退货退款", "zh-CN", 5)]
    [InlineData("order", "en-US", 1)]
    public void Lists_each_article_once_best_first_with_scores_between_zero_and_one(string question, string locale, int top)
    {
        var result = knowledge.Search.Search(question, locale, top);

        Assert.InRange(result.Candidates.Count, 1, top);
        Assert.Equal(result.Candidates.Count, result.Candidates.Select(c => c.Article.Key).Distinct().Count());
        Assert.Equal(result.Candidates.OrderByDescending(c => c.Score), result.Candidates);
        Assert.All(result.Candidates, c => Assert.InRange(c.Score, 0.0, 1.0));
    }

    [Theory]
    [InlineData("What is your return policy?", KnowledgeFields.Question)]
    [InlineData("Can I pay with PayPal?", KnowledgeFields.AlternateQuestions)]
    [InlineData("Thanksgiving", KnowledgeFields.Answer)]
    [InlineData("1-800-555-0142", KnowledgeFields.Answer)]
    public void Names_the_field_that_matched_best(string question, string field)
    {
        var result = knowledge.Ask(question, "en-US");

        Assert.Equal(field, result.Best?.MatchedField);
    }

    [Fact]
    public void Ranks_the_answer_lower_than_a_question_that_says_the_same()
    {
        var viaQuestion = knowledge.Ask("How do gift cards work?", "en-US").Best!;
        var viaAnswer = knowledge.Ask("Thanksgiving", "en-US").Best!;

        Assert.True(viaAnswer.Score < viaQuestion.Score);
        Assert.True(viaAnswer.Score < 0.5, $"answer-only match scored {viaAnswer.Score}");
    }

    [Fact]
    public async Task Searches_asynchronously_through_the_port()
    {
        IKnowledgeSearch port = knowledge.Search;

        var result = await port.SearchAsync("where is my parcel", "en-US", top: 2);

        Assert.Equal("en-track-parcel", result.Best?.Article.Key);
        Assert.True(result.Candidates.Count <= 2);
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => knowledge.Search.SearchAsync("refund", "en-US", cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Returns_nothing_when_asked_for_no_candidates()
    {
        Assert.Same(KnowledgeResult.Empty, knowledge.Search.Search("refund", "en-US", top: 0));
    }
}
