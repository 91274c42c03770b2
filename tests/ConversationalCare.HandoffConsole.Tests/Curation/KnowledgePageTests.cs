using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class KnowledgePageTests : BunitContext, IAsyncLifetime
{
    private KnowledgeBase knowledge = null!;

    public async Task InitializeAsync()
    {
        knowledge = await KnowledgeBase.StartAsync();
        Services.AddSingleton(knowledge.Curation);
        Services.AddSingleton(knowledge.Search);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    // xUnit disposes the bUnit context itself (IAsyncDisposable); this only stops the knowledge host.
    async Task IAsyncLifetime.DisposeAsync() => await knowledge.DisposeAsync();

    private IRenderedComponent<KnowledgePage> Open()
    {
        var page = Render<KnowledgePage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[aria-busy=true]")), TimeSpan.FromSeconds(5));
        return page;
    }

    private static string[] Keys(IRenderedComponent<KnowledgePage> page) =>
        page.FindAll("[data-testid=article-row]").Select(row => row.GetAttribute("data-article-key") ?? "").ToArray();

    private static void Eventually(IRenderedComponent<KnowledgePage> page, Action assertion) =>
        page.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task Filters_articles_by_status()
    {
        await knowledge.AddAsync("gift-wrap", ArticleStatus.Published, KnowledgeBase.Content("Do you offer gift wrapping?", "Yes, at checkout."));
        await knowledge.AddAsync("parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store.", "Stores"));
        await knowledge.AddAsync("returns", ArticleStatus.InReview, KnowledgeBase.Content("How do I return an item?", "Within 30 days."));
        var page = Open();
        Assert.Equal(["returns", "parking", "gift-wrap"], Keys(page));

        page.Find("#article-status").Change(nameof(ArticleStatus.Published));

        Eventually(page, () => Assert.Equal(["gift-wrap"], Keys(page)));
        var row = page.Find("[data-testid=article-row]");
        Assert.Equal("Published", row.QuerySelector(".badge")!.TextContent);
        Assert.Contains("v1", row.QuerySelector(".live")!.TextContent);

        page.Find("#article-status").Change(nameof(ArticleStatus.InReview));

        Eventually(page, () => Assert.Equal(["returns"], Keys(page)));
        Assert.Equal("In review", page.Find("[data-testid=article-row] .badge").TextContent);
        Assert.Contains("Not live", page.Find("[data-testid=article-row] .live").TextContent);
    }

    [Fact]
    public async Task Shows_each_articles_columns_with_who_changed_it_last_and_when()
    {
        await knowledge.AddAsync("zh-parking", ArticleStatus.Draft, KnowledgeBase.Content("停车场在哪里？", "商店后面。", "门店"), locale: "zh-CN", actor: "li.wei");

        var cells = Open().Find("[data-testid=article-row]").Children.Select(cell => cell.TextContent.Trim()).ToArray();

        Assert.Equal(["zh-parking", "zh-CN", "门店", "停车场在哪里？", "Draft", "Not live"], cells[..6]);
        Assert.Contains("li.wei", cells[6]);
        Assert.Contains("2 Mar, 09:01 UTC", cells[6]);
    }

    [Fact]
    public async Task Filters_articles_by_locale_category_and_words()
    {
        await knowledge.AddAsync("gift-wrap", ArticleStatus.Draft, KnowledgeBase.Content("Do you offer gift wrapping?", "Yes, at checkout."));
        await knowledge.AddAsync("parking", ArticleStatus.Draft, KnowledgeBase.Content("Where can I park?", "Behind the store.", "Stores"));
        await knowledge.AddAsync("zh-parking", ArticleStatus.Draft, KnowledgeBase.Content("停车场在哪里？", "商店后面。", "门店"), locale: "zh-CN");
        var page = Open();

        page.Find("#article-locale").Change("en-US");
        Eventually(page, () => Assert.Equal(["parking", "gift-wrap"], Keys(page)));
        Assert.Equal(["", "Orders", "Stores"], page.FindAll("#article-category option").Select(o => o.GetAttribute("value")));

        page.Find("#article-category").Change("Stores");
        Eventually(page, () => Assert.Equal(["parking"], Keys(page)));

        page.Find("#article-category").Change("");
        page.Find("#article-text").Change("GIFT");
        page.Find("form.filters").Submit();
        Eventually(page, () => Assert.Equal(["gift-wrap"], Keys(page)));

        page.Find("#article-text").Change("no such words");
        page.Find("form.filters").Submit();
        Eventually(page, () => Assert.Contains("No articles match these filters", page.Find("[data-testid=articles-empty]").TextContent));

        page.FindAll("button").Single(b => b.TextContent == "Clear filters").Click();
        Eventually(page, () => Assert.Equal(3, Keys(page).Length));
    }

    [Fact]
    public async Task Shows_25_articles_a_page()
    {
        for (var i = 1; i <= 30; i++)
            await knowledge.AddAsync($"faq-{i:00}", ArticleStatus.Draft, KnowledgeBase.Content($"Question number {i}?", "An answer."));
        var page = Open();

        Assert.Equal(KnowledgePage.PageSize, Keys(page).Length);
        Assert.Equal("faq-30", Keys(page)[0]);
        Assert.Contains("Showing 1–25 of 30 articles", page.Find("[data-testid=articles-caption]").TextContent);
        Assert.True(page.Find("[data-testid=page-previous]").HasAttribute("disabled"));

        page.Find("[data-testid=page-next]").Click();

        Eventually(page, () => Assert.Equal(["faq-05", "faq-04", "faq-03", "faq-02", "faq-01"], Keys(page)));
        Assert.Contains("Page 2 of 2", page.Markup);
        Assert.True(page.Find("[data-testid=page-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void Says_there_are_no_articles_yet_when_the_knowledge_base_is_empty()
    {
        var page = Open();

        Assert.Contains("No articles yet", page.Find("[data-testid=articles-empty]").TextContent);
        Assert.Empty(Keys(page));
    }

    [Fact]
    public void Labels_every_filter()
    {
        var page = Open();

        foreach (var control in page.FindAll("form.filters select, form.filters input, .try select, .try input"))
            Assert.Single(page.FindAll($"label[for='{control.Id}']"));
    }
}
