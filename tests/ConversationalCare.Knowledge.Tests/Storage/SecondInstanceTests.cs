using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Storage;

/// <summary>Two hosts on one database, as when the same host runs several times behind a load balancer.</summary>
public sealed class SecondInstanceTests
{
    [Fact]
    public async Task Answers_with_an_article_another_instance_published_within_the_refresh_interval()
    {
        await using var first = await KnowledgeHost.StartAsync();
        await using var second = await KnowledgeHost.StartAsync(dataDirectory: first.DataDirectory, settings: ("RefreshSeconds", "2"));
        var article = (await first.Curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;
        article = (await first.Curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;
        article = (await first.Curation.ApproveAsync(article.Id, article.Revision, "rui")).Article!;
        Assert.Equal(CurationOutcome.Done, (await first.Curation.PublishAsync(article.Id, article.Revision, "rui")).Outcome);
        Assert.Null((await second.Ask("is there a car park")).Best);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await second.Ask("is there a car park")).Best is null && DateTime.UtcNow < deadline)
        {
            second.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50);
        }

        Assert.Equal("en-parking", (await second.Ask("is there a car park")).Best?.Article.Key);
    }
}
