using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Curation;

/// <summary>Lists and filters over the demo knowledge base as seeded.</summary>
public sealed class ArticleListTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync(SampleKnowledge.Directory);

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    [Fact]
    public async Task Filters_by_locale_and_category_and_counts_every_match()
    {
        var page = await knowledge.Curation.ListAsync(new ArticleFilter(Locale: "en-us", Category: "Account"), take: 2);

        Assert.Equal(2, page.Items.Count);
        Assert.True(page.Total > 2);
        Assert.All(page.Items, a => Assert.Equal(("en-US", "Account"), (a.Locale, a.Category)));
    }

    [Fact]
    public async Task Finds_articles_by_words_anywhere_in_them_regardless_of_case()
    {
        var english = await knowledge.Curation.ListAsync(new ArticleFilter(Text: "PASSWORD reset"));
        var chinese = await knowledge.Curation.ListAsync(new ArticleFilter(Text: "密码"));

        Assert.Contains(english.Items, a => a.Key == "en-reset-password");
        Assert.NotEmpty(chinese.Items);
        Assert.All(chinese.Items, a => Assert.Equal("zh-CN", a.Locale));
    }

    [Fact]
    public async Task Filters_by_status()
    {
        var curation = knowledge.Curation;
        await curation.CreateDraftAsync("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana");

        var drafts = await curation.ListAsync(new ArticleFilter(Status: ArticleStatus.Draft));

        Assert.Equal("en-gift-wrap", Assert.Single(drafts.Items).Key);
        Assert.Equal(drafts.Total + (await curation.ListAsync(new ArticleFilter(Status: ArticleStatus.Published))).Total,
            (await curation.ListAsync(ArticleFilter.All)).Total);
    }

    [Fact]
    public async Task Offers_the_categories_and_locales_in_use()
    {
        Assert.Equal(["en-US", "zh-CN"], await knowledge.Curation.LocalesAsync());
        Assert.Contains("Account", await knowledge.Curation.CategoriesAsync("en-US"));
        Assert.DoesNotContain("Account", await knowledge.Curation.CategoriesAsync("zh-CN"));
    }
}
