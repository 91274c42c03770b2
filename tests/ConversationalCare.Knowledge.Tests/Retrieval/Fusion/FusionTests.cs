using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval.Fusion;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class FusionTests(SampleKnowledge knowledge)
{
    // Few or no analyzed words of these match a phrasing; character grams and the classifier still find the article.
    [Theory]
    [InlineData("pasword resett", "en-US", "en-reset-password")]
    [InlineData("instalments for a tv", "en-US", "en-installments")]
    [InlineData("giftcard ballance", "en-US", "en-gift-cards")]
    public void Ranks_the_right_article_first_for_a_misspelt_question(string question, string locale, string expectedKey)
    {
        Assert.Equal(expectedKey, knowledge.Ask(question, locale).Best?.Article.Key);
    }

    [Fact]
    public async Task Answers_newly_published_articles_at_once_and_adds_the_classifier_when_trained()
    {
        using var search = new LuceneKnowledgeSearch(knowledge.Articles);
        var parking = new Article("en-parking", "en-US", "Test", "Where can I park at the store?", ["Is there a car park?"], "Behind the store.", [], []);

        search.Rebuild(knowledge.Articles.Append(parking));
        var beforeTraining = search.Search("where do I park", "en-US");
        await search.ModelsReady.WaitAsync(TimeSpan.FromSeconds(60));
        var afterTraining = search.Search("where do I park", "en-US");

        Assert.Equal("en-parking", beforeTraining.Best?.Article.Key);
        Assert.Equal("en-parking", afterTraining.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, afterTraining.Confidence);
    }
}
