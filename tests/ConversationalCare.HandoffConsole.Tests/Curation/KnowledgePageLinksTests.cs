using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class KnowledgePageLinksTests : CurationPageContext
{
    private IRenderedComponent<KnowledgePage> Open()
    {
        var page = Render<KnowledgePage>();
        Eventually(page, () => Assert.Empty(page.FindAll("[aria-busy=true]")));
        return page;
    }

    [Fact]
    public async Task Each_article_links_to_its_page()
    {
        var article = await Knowledge.AddAsync("en-parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store."));

        var link = Open().Find("[data-testid=article-link]");

        Assert.Equal($"/console/knowledge/articles/{article.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public void Offers_new_article_import_and_export_of_the_filtered_list()
    {
        var page = Open();
        Assert.Equal("/console/knowledge/articles/new", page.Find("[data-testid=new-article]").GetAttribute("href"));
        Assert.Equal("/console/knowledge/import", page.Find("[data-testid=import-link]").GetAttribute("href"));
        Assert.Equal("/console/knowledge/export?format=csv", page.Find("[data-testid=export-csv]").GetAttribute("href"));

        page.Find("#article-status").Change(nameof(ArticleStatus.Published));
        page.Find("#article-text").Change("gift card");
        page.Find("form.filters").Submit();

        Eventually(page, () => Assert.Equal(
            "/console/knowledge/export?format=json&status=Published&text=gift%20card",
            page.Find("[data-testid=export-json]").GetAttribute("href")));
        Assert.True(page.Find("[data-testid=export-json]").HasAttribute("download"));
    }
}
