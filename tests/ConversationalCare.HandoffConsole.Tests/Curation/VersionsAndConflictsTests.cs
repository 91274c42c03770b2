using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>Earlier versions come back on request, and two editors never overwrite each other unknowingly.</summary>
public class VersionsAndConflictsTests : CurationPageContext
{
    private const string OldAnswer = "Returns are free within 30 days.";
    private const string NewAnswer = "Returns cost 3 euros within 14 days.";

    private IRenderedComponent<ArticleViewPage> OpenArticle(Guid id)
    {
        var page = Render<ArticleViewPage>(p => p.Add(x => x.Id, id));
        Eventually(page, () => page.Find("[data-testid=article-status]"));
        return page;
    }

    private static string Status(IRenderedComponent<ArticleViewPage> page) => page.Find("[data-testid=article-status]").TextContent.Trim();

    /// <summary>v1 with the old answer, v2 (live) with the new one.</summary>
    private async Task<ArticleDetails> TwoVersionsAsync()
    {
        var article = await Knowledge.AddAsync("en-returns", ArticleStatus.Published, KnowledgeBase.Content("How do I return an item?", OldAnswer));
        var curation = Knowledge.Curation;
        article = (await curation.EditAsync(article.Id, article.Revision, KnowledgeBase.Content("How do I return an item?", NewAnswer), "maria")).Article!;
        article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "maria")).Article!;
        article = (await curation.ApproveAsync(article.Id, article.Revision, "reviewer")).Article!;
        return (await curation.PublishAsync(article.Id, article.Revision, "reviewer")).Article!;
    }

    [Fact]
    public async Task Compares_versions_field_by_field()
    {
        var article = await TwoVersionsAsync();
        var page = OpenArticle(article.Id);
        Assert.Equal(["2", "1"], page.FindAll("[data-testid=version-row]").Select(r => r.GetAttribute("data-version")));

        page.Find("#diff-from").Change("1");
        page.Find("#diff-to").Change("2");
        page.Find("form.compare").Submit();

        Eventually(page, () => page.Find("[data-testid=diff-row]"));
        var row = Assert.Single(page.FindAll("[data-testid=diff-row]"));
        Assert.Equal("answer", row.GetAttribute("data-field"));
        Assert.Equal(OldAnswer, row.QuerySelector(".before")!.TextContent);
        Assert.Equal(NewAnswer, row.QuerySelector(".after")!.TextContent);

        page.FindAll("[data-testid=compare-working]")[0].Click();
        Eventually(page, () => page.Find("[data-testid=diff-none]"));
    }

    [Fact]
    public async Task Restores_an_older_version_as_a_draft_while_the_bot_keeps_the_live_one()
    {
        var article = await TwoVersionsAsync();
        var page = OpenArticle(article.Id);

        page.Find("[data-version='1'] [data-testid=restore-draft]").Click();

        Eventually(page, () => Assert.Equal("Draft", Status(page)));
        Assert.Equal(OldAnswer, page.Find("[data-testid=field-answer]").TextContent);
        Assert.Contains("Restored v1 as a draft", page.Find("[data-testid=notice]").TextContent);
        var live = await Knowledge.Search.SearchAsync("how do I return an item", "en-US", 1);
        Assert.Equal(NewAnswer, live.Best!.Article.Answer);
    }

    [Fact]
    public async Task Restores_an_older_version_straight_to_the_bot_after_confirming()
    {
        var article = await TwoVersionsAsync();
        var page = OpenArticle(article.Id);

        page.Find("[data-version='1'] [data-testid=restore-publish]").Click();
        page.Find("[data-version='1'] [data-testid=restore-publish-confirm]").Click();

        Eventually(page, () => Assert.Equal("Published", Status(page)));
        Assert.Contains("Bot answers with v3", page.Find("[data-testid=article-live]").TextContent);
        var live = await Knowledge.Search.SearchAsync("how do I return an item", "en-US", 1);
        Assert.Equal(OldAnswer, live.Best!.Article.Answer);
    }

    [Fact]
    public async Task A_stale_revision_shows_the_conflict_and_the_newer_article_and_keeps_the_comment()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.InReview, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        var page = OpenArticle(article.Id);
        page.Find("#review-comment").Input("Add the opening hours.");
        // Someone else approves it while Olivia is writing her comment.
        await Knowledge.Curation.ApproveAsync(article.Id, article.Revision, "sam");

        page.Find("[data-testid=action-reject]").Click();

        Eventually(page, () => Assert.Contains("Someone else changed this article", page.Find("[data-testid=notice]").TextContent));
        Assert.Equal("problem", page.Find("[data-testid=notice]").ClassList.Last());
        Assert.Equal("Approved", Status(page));
        Assert.Equal($"Revision {article.Revision + 1}", page.Find("[data-testid=article-revision]").TextContent);
        Assert.Equal("Add the opening hours.", page.Find("#review-comment").GetAttribute("value"));

        page.Find("[data-testid=action-reject]").Click();

        Eventually(page, () => Assert.Equal("Draft", Status(page)));
        Assert.Equal("Add the opening hours.", (await Knowledge.Curation.GetAsync(article.Id))!.ReviewComment);
    }

    [Fact]
    public async Task A_stale_edit_keeps_the_editors_text_and_shows_what_the_other_editor_changed()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        var form = Render<ArticleEditPage>(p => p.Add(x => x.Id, article.Id));
        Eventually(form, () => form.Find("#article-answer"));
        form.Find("#article-answer").Input("Behind the store, free for two hours.");
        await Knowledge.Curation.EditAsync(article.Id, article.Revision, KnowledgeBase.Content("Where can I park my car?", "Behind the store."), "sam");

        form.Find("form.article-form").Submit();

        Eventually(form, () => form.Find("[data-testid=conflict]"));
        Assert.Contains("Someone else changed this article", form.Find("[data-testid=notice]").TextContent);
        var theirs = Assert.Single(form.FindAll("[data-testid=conflict-row]"));
        Assert.Equal("question", theirs.GetAttribute("data-field"));
        Assert.Equal("Where can I park my car?", theirs.QuerySelector(".theirs")!.TextContent);
        Assert.Equal("Behind the store, free for two hours.", form.Find("#article-answer").GetAttribute("value"));
        Assert.True(form.Find("[data-testid=save]").HasAttribute("disabled"));

        form.Find("[data-testid=conflict-keep-mine]").Click();
        form.Find("form.article-form").Submit();

        Eventually(form, () => Assert.EndsWith($"/console/knowledge/articles/{article.Id}", Navigation.Uri));
        var saved = await Knowledge.Curation.GetAsync(article.Id);
        Assert.Equal("Behind the store, free for two hours.", saved!.Content.Answer);
        Assert.Equal("Where can I park?", saved.Content.Question);
    }

    [Fact]
    public void Says_so_when_the_article_does_not_exist()
    {
        var page = Render<ArticleViewPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        Eventually(page, () => Assert.Contains("No such article", page.Find("h1").TextContent));
    }
}
