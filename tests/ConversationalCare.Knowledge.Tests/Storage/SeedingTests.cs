using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Storage;

public sealed class SeedingTests
{
    [Fact]
    public async Task Imports_the_demo_articles_as_published_version_one_on_first_start()
    {
        await using var knowledge = await KnowledgeHost.StartAsync(SampleKnowledge.Directory);

        var article = await knowledge.Curation.GetAsync("en-reset-password");

        Assert.Equal((ArticleStatus.Published, 1), (article!.Status, article.Summary.LiveVersion));
        var seeded = Assert.Single(article.Audit);
        Assert.Equal((AuditAction.Seeded, "seed", 1), (seeded.Action, seeded.Actor, seeded.Version));
        Assert.Equal("seeded", Assert.Single(article.Versions).Note);
        Assert.Equal("en-reset-password", (await knowledge.Ask("I forgot my password")).Best?.Article.Key);
    }

    [Fact]
    public async Task Seeds_only_once_however_often_it_restarts()
    {
        await using var knowledge = await KnowledgeHost.StartAsync(SampleKnowledge.Directory);
        var seeded = (await knowledge.Curation.ListAsync(ArticleFilter.All)).Total;

        await knowledge.RestartAsync();
        await knowledge.RestartAsync();

        Assert.Equal(seeded, (await knowledge.Curation.ListAsync(ArticleFilter.All)).Total);
        Assert.Single((await knowledge.Curation.GetAsync("en-reset-password"))!.Versions);
        Assert.Equal(seeded, knowledge.Catalog.All.Count);
    }

    [Fact]
    public async Task Keeps_a_content_owners_changes_across_a_restart_instead_of_reseeding()
    {
        await using var knowledge = await KnowledgeHost.StartAsync(SampleKnowledge.Directory);
        var article = (await knowledge.Curation.GetAsync("en-reset-password"))!;
        await knowledge.Curation.ArchiveAsync(article.Id, article.Revision, "ana");

        await knowledge.RestartAsync();

        Assert.Equal(ArticleStatus.Archived, (await knowledge.Curation.GetAsync("en-reset-password"))!.Status);
        Assert.Null(knowledge.Catalog.Find("en-reset-password"));
        Assert.NotEqual("en-reset-password", (await knowledge.Ask("I forgot my password")).Best?.Article.Key);
    }

    [Fact]
    public async Task Serves_articles_published_before_a_restart_from_the_database()
    {
        await using var knowledge = await KnowledgeHost.StartAsync();
        var article = (await knowledge.Curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;
        article = (await knowledge.Curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;
        article = (await knowledge.Curation.ApproveAsync(article.Id, article.Revision, "rui")).Article!;
        await knowledge.Curation.PublishAsync(article.Id, article.Revision, "rui");

        await knowledge.RestartAsync();

        Assert.Equal("en-parking", (await knowledge.Ask("is there a car park")).Best?.Article.Key);
        // On SQLite the database is this file in the data directory (on PostgreSQL, the server's database).
        Assert.True(ConversationalCare.Tests.TestDatabase.IsPostgreSql || File.Exists(Path.Combine(knowledge.DataDirectory, "knowledge.db")));
    }
}
