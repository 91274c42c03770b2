using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>A content owner works through what real chats could not get answered, with the bot's side faked.</summary>
public class GapsPageTests : CurationPageContext
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 1, 14, 30, 0, TimeSpan.Zero);
    private readonly FakeKnowledgeFeedback feedback = new();

    public GapsPageTests()
    {
        Services.AddSingleton<IKnowledgeFeedback>(feedback);
        Services.AddSingleton(TimeProvider.System);
    }

    private IRenderedComponent<GapsPage> Open()
    {
        var page = Render<GapsPage>();
        Eventually(page, () => Assert.Empty(page.FindAll("[aria-busy=true]")));
        return page;
    }

    private static string[] Wordings(IRenderedComponent<GapsPage> page) =>
        page.FindAll("[data-testid=gap-wording]").Select(w => w.TextContent).ToArray();

    [Fact]
    public void Lists_each_gap_with_its_count_locale_last_seen_example_chat_and_best_article()
    {
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen, "en-US",
            new GapCandidate("en-payment-methods", "What payment methods do you accept?", 0.42)));
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("能用贝壳付款吗", 1, Seen, "zh-CN"));

        var page = Open();

        var row = page.FindAll("[data-testid=gap-row]")[0];
        Assert.Equal("Can I pay with seashells?", row.QuerySelector("[data-testid=gap-wording]")!.TextContent);
        Assert.Equal("3", row.QuerySelector("[data-testid=gap-count]")!.TextContent);
        Assert.Contains("3 unanswered", row.TextContent);
        Assert.Contains("en-US", row.TextContent);
        Assert.Equal("2026-03-01T14:30:00.0000000+00:00", row.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/console/knowledge/gaps/conversations/conv-3", row.QuerySelector("[data-testid=gap-example]")!.GetAttribute("href"));
        var best = row.QuerySelector("[data-testid=gap-best]")!;
        Assert.Contains("en-payment-methods", best.TextContent);
        Assert.Contains("42%", best.TextContent);
        Assert.Contains("No article comes close", page.FindAll("[data-testid=gap-row]")[1].TextContent);
    }

    [Fact]
    public void Filters_by_locale_and_period()
    {
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen, "en-US"));
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("能用贝壳付款吗", 1, Seen, "zh-CN"));
        var page = Open();
        Assert.Equal(new GapFilter(null, 30), feedback.Filters[^1]);

        page.Find("#gap-locale").Change("zh-CN");
        Eventually(page, () => Assert.Equal(["能用贝壳付款吗"], Wordings(page)));
        page.Find("#gap-period").Change("7");

        Eventually(page, () => Assert.Equal(new GapFilter("zh-CN", 7), feedback.Filters[^1]));
    }

    [Fact]
    public void Dismissing_a_gap_takes_it_off_the_list_in_the_owners_name()
    {
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen));
        var page = Open();

        page.Find("[data-testid=gap-dismiss]").Click();

        Eventually(page, () => Assert.NotNull(page.Find("[data-testid=gaps-empty]")));
        Assert.Equal([("Can I pay with seashells?", Editor)], feedback.Dismissed);
        Assert.Contains("Dismissed", page.Find("[data-testid=notice]").TextContent);
    }

    [Fact]
    public async Task Adding_a_gap_to_an_article_offers_the_best_matches_and_any_key_and_links_to_the_draft()
    {
        await Knowledge.AddAsync("en-payment-methods", ArticleStatus.Published, KnowledgeBase.Content("What payment methods do you accept?", "Cards and PayPal."));
        await Knowledge.AddAsync("en-gift-cards", ArticleStatus.Published, KnowledgeBase.Content("How do gift cards work?", "Enter the code at checkout."));
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen, "en-US",
            new GapCandidate("en-payment-methods", "What payment methods do you accept?", 0.42)));
        var page = Open();

        page.Find("[data-testid=gap-add]").Click();
        Eventually(page, () => Assert.Equal(2, page.FindAll("#" + page.Find("[data-testid=add-key]").GetAttribute("list") + " option").Count));
        Assert.Equal("en-payment-methods", page.Find("[data-testid=add-key]").GetAttribute("value"));
        Assert.Contains("draft", page.Find("[data-testid=add-form]").TextContent);
        page.Find("[data-testid=add-key]").Input("en-gift-cards");
        page.Find("[data-testid=add-form]").Submit();

        Eventually(page, () => Assert.Equal([("Can I pay with seashells?", "en-gift-cards", Editor)], feedback.Added));
        Eventually(page, () => Assert.Contains("as a draft", page.Find("[data-testid=notice]").TextContent));
        Assert.Equal(ArticleViewPage.Href(feedback.ArticleId), page.Find("[data-testid=changed-article]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=add-form]"));
    }

    [Fact]
    public void A_refused_addition_keeps_the_form_open_with_the_reason()
    {
        feedback.RefuseAdding = "There is no article 'en-nope'.";
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen));
        var page = Open();

        page.Find("[data-testid=gap-add]").Click();
        page.Find("[data-testid=add-key]").Input("en-nope");
        page.Find("[data-testid=add-form]").Submit();

        Eventually(page, () => Assert.Equal("There is no article 'en-nope'.", page.Find("[data-testid=add-problem]").TextContent));
        Assert.Equal("en-nope", page.Find("[data-testid=add-key]").GetAttribute("value"));
        Assert.Single(page.FindAll("[data-testid=gap-row]"));
    }

    [Fact]
    public void Approving_a_suggested_phrasing_says_the_draft_still_needs_publishing()
    {
        feedback.Suggestions.Add(new SuggestedPhrasing(7, "en-track-parcel", "my parcel is stuck", "en-US", "conv-9", "alice", Seen));
        feedback.Suggestions.Add(new SuggestedPhrasing(8, "en-refund-timing", "where is my money", "en-US", "conv-10", "bob", Seen));
        var page = Open();
        Assert.Contains("still needs review and publishing", page.Find(".suggestions .hint").TextContent);
        Assert.Equal(["my parcel is stuck", "where is my money"], page.FindAll("[data-testid=suggestion-wording]").Select(w => w.TextContent));

        page.FindAll("[data-testid=suggestion-approve]")[0].Click();

        Eventually(page, () => Assert.Equal(["where is my money"], page.FindAll("[data-testid=suggestion-wording]").Select(w => w.TextContent)));
        Assert.Contains("Review and publish", page.Find("[data-testid=notice]").TextContent);

        page.Find("[data-testid=suggestion-reject]").Click();

        Eventually(page, () => Assert.NotNull(page.Find("[data-testid=suggestions-empty]")));
        Assert.Equal([(7L, true, Editor), (8L, false, Editor)], feedback.Decided);
    }

    [Fact]
    public void Shows_answers_rated_not_helpful_worst_first()
    {
        feedback.Ratings.Add(new ArticleRatingCount("en-how-to-return", 1, 4, Seen));
        feedback.Ratings.Add(new ArticleRatingCount("en-track-parcel", 6, 0, Seen));

        var page = Open();

        var row = Assert.Single(page.FindAll("[data-testid=rated-row]"));
        Assert.Equal("en-how-to-return", row.GetAttribute("data-article-key"));
        Assert.Equal("👎 4", row.QuerySelector("[data-testid=rated-not-helpful]")!.TextContent);
        Assert.Equal("👍 1", row.QuerySelector("[data-testid=rated-helpful]")!.TextContent);
    }

    [Fact]
    public void Signed_out_visitors_see_the_gaps_but_no_actions()
    {
        Authorization.SetNotAuthorized();
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen));
        feedback.Suggestions.Add(new SuggestedPhrasing(7, "en-track-parcel", "my parcel is stuck", "en-US", "conv-9", "alice", Seen));

        var page = Open();

        Assert.Single(page.FindAll("[data-testid=gap-row]"));
        Assert.Empty(page.FindAll("[data-testid=gap-dismiss]"));
        Assert.Empty(page.FindAll("[data-testid=suggestion-approve]"));
    }

    [Fact]
    public async Task The_article_page_shows_how_customers_rated_the_answer()
    {
        var article = await Knowledge.AddAsync("en-how-to-return", ArticleStatus.Published, KnowledgeBase.Content("How do I return an item?", "Within 30 days."));
        feedback.Ratings.Add(new ArticleRatingCount("en-how-to-return", 2, 5, Seen));

        var page = Render<ArticleViewPage>(p => p.Add(x => x.Id, article.Id));

        Eventually(page, () => Assert.Contains("👎 5 not helpful", page.Find("[data-testid=article-ratings]").TextContent));
        Assert.Contains("👍 2 helpful", page.Find("[data-testid=article-ratings]").TextContent);
    }
    [Fact]
    public void Labels_every_control_and_names_its_sections()
    {
        feedback.Gaps.Add(FakeKnowledgeFeedback.Gap("Can I pay with seashells?", 3, Seen, "en-US",
            new GapCandidate("en-payment-methods", "What payment methods do you accept?", 0.42)));
        var page = Open();
        page.Find("[data-testid=gap-add]").Click();

        foreach (var control in page.FindAll("input:not([type=hidden]), select"))
            Assert.True(control.Closest("label") is not null || page.FindAll($"label[for='{control.Id}']").Count == 1, $"No label for {control.OuterHtml}");
        Assert.Equal("Gaps", Assert.Single(page.FindAll("h1")).TextContent);
        Assert.Equal(["Questions the bot could not answer well", "Suggested phrasings from agents", "Poorly rated answers"],
            page.FindAll("h2").Select(h => h.TextContent));
    }
}
