using AngleSharp.Dom;
using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using Microsoft.AspNetCore.Components;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class CurationAccessibilityTests : CurationPageContext
{
    private static void EveryControlIsLabelled<T>(IRenderedComponent<T> page) where T : IComponent
    {
        var controls = page.FindAll("input:not([type=hidden]), textarea, select");
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            var labelled = control.Closest("label") is not null || page.FindAll($"label[for='{control.Id}']").Count == 1;
            Assert.True(labelled, $"No label for {control.OuterHtml}");
        }
    }

    [Fact]
    public void Labels_every_field_of_the_article_form_and_gives_the_page_one_heading()
    {
        var form = Render<ArticleEditPage>();
        Eventually(form, () => form.Find("#article-key"));

        EveryControlIsLabelled(form);
        Assert.Equal("New article", Assert.Single(form.FindAll("h1")).TextContent);
    }

    [Fact]
    public async Task Labels_every_control_of_the_article_page()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.InReview, KnowledgeBase.Content("Where can I park?", "Behind the store."));
        var page = Render<ArticleViewPage>(p => p.Add(x => x.Id, article.Id));
        Eventually(page, () => page.Find("[data-testid=article-actions]"));

        EveryControlIsLabelled(page);
        Assert.Equal(["Next step", "Working copy", "Versions", "History"], page.FindAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void Labels_every_control_of_the_import_page()
    {
        var page = Render<ImportPage>();

        EveryControlIsLabelled(page);
        Assert.Equal("Import articles", page.Find("h1").TextContent);
    }
}
