using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>Nothing an editor typed disappears without them choosing so, and nobody unnamed changes an article.</summary>
public class EditorSafetyTests : CurationPageContext
{
    [Fact]
    public async Task Leaving_the_editor_with_unsaved_text_asks_first()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        var form = Render<ArticleEditPage>(p => p.Add(x => x.Id, article.Id));
        Eventually(form, () => form.Find("#article-answer"));
        var before = Navigation.Uri;
        form.Find("#article-answer").Input("Behind the store, free for two hours.");

        await form.InvokeAsync(() => Navigation.NavigateTo("/console/knowledge"));

        Eventually(form, () => form.Find("[data-testid=unsaved-warning]"));
        Assert.Equal(before, Navigation.Uri);
        Assert.Equal("Behind the store, free for two hours.", form.Find("#article-answer").GetAttribute("value"));

        form.FindAll("[data-testid=unsaved-warning] button").Single(b => b.TextContent == "Leave without saving").Click();

        Eventually(form, () => Assert.EndsWith("/console/knowledge", Navigation.Uri));
    }

    [Fact]
    public async Task Leaving_an_untouched_editor_does_not_ask()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        var form = Render<ArticleEditPage>(p => p.Add(x => x.Id, article.Id));
        Eventually(form, () => form.Find("#article-answer"));

        await form.InvokeAsync(() => Navigation.NavigateTo("/console/knowledge"));

        Assert.EndsWith("/console/knowledge", Navigation.Uri);
        Assert.Empty(form.FindAll("[data-testid=unsaved-warning]"));
    }

    [Fact]
    public async Task Someone_not_signed_in_sees_the_article_but_no_way_to_change_it()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.InReview, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        Authorization.SetNotAuthorized();

        var page = Render<ArticleViewPage>(p => p.Add(x => x.Id, article.Id));

        Eventually(page, () => Assert.Contains("Sign in as a content owner", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=article-actions]"));
        Assert.Empty(page.FindAll("[data-testid=restore-draft]"));
    }
}
