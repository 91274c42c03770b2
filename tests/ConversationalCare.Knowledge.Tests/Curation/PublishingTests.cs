using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Curation;

public sealed class PublishingTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    private async Task<ArticleDetails> PublishedGiftWrap()
    {
        var curation = knowledge.Curation;
        var article = (await curation.CreateDraftAsync("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana")).Article!;
        article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;
        article = (await curation.ApproveAsync(article.Id, article.Revision, "rui", "Clear and short")).Article!;
        var published = await curation.PublishAsync(article.Id, article.Revision, "rui");
        Assert.Equal(CurationOutcome.Done, published.Outcome);
        return published.Article!;
    }

    [Fact]
    public async Task Publishing_straight_from_draft_is_refused_with_a_reason_and_changes_nothing()
    {
        var draft = (await knowledge.Curation.CreateDraftAsync("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana")).Article!;

        var result = await knowledge.Curation.PublishAsync(draft.Id, draft.Revision, "ana");

        Assert.Equal(CurationOutcome.Refused, result.Outcome);
        Assert.Contains("approved", result.Reason);
        Assert.Equal((ArticleStatus.Draft, draft.Revision), (result.Article!.Status, result.Article.Revision));
        Assert.Null((await knowledge.Ask("can you wrap my present")).Best);
    }

    [Fact]
    public async Task A_draft_is_invisible_to_the_bot()
    {
        await knowledge.Curation.CreateDraftAsync("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana");

        Assert.Null((await knowledge.Ask("can you wrap my present")).Best);
        Assert.Null(knowledge.Catalog.Find("en-gift-wrap"));
    }

    [Fact]
    public async Task Publishing_a_reviewed_article_makes_the_bot_answer_with_it_without_a_restart()
    {
        var article = await PublishedGiftWrap();

        var result = await knowledge.Ask("can you gift wrap my order");

        Assert.Equal("en-gift-wrap", result.Best?.Article.Key);
        Assert.Contains("3 EUR", result.Best?.Article.Answer);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(new VersionInfo(1, "rui", KnowledgeHost.Start, null, IsLive: true), Assert.Single(article.Versions));
    }

    [Fact]
    public async Task Archiving_removes_the_article_from_the_bots_answers()
    {
        var article = await PublishedGiftWrap();

        var archived = await knowledge.Curation.ArchiveAsync(article.Id, article.Revision, "ana");

        Assert.Equal(CurationOutcome.Done, archived.Outcome);
        Assert.Null((await knowledge.Ask("can you gift wrap my order")).Best);
        Assert.Null(knowledge.Catalog.Find("en-gift-wrap"));
    }

    [Fact]
    public async Task Customers_keep_getting_the_live_answer_while_an_edit_waits_for_review()
    {
        var article = await PublishedGiftWrap();

        var edited = await knowledge.Curation.EditAsync(article.Id, article.Revision, Drafts.GiftWrap("Gift wrap is free in December."), "ana");

        Assert.Equal(ArticleStatus.Draft, edited.Article!.Status);
        Assert.True(edited.Article.Summary.HasUnpublishedChanges);
        Assert.Contains("3 EUR", (await knowledge.Ask("can you gift wrap my order")).Best?.Article.Answer);
    }

    [Fact]
    public async Task Restoring_an_old_version_and_publishing_it_puts_its_words_back_in_front_of_customers()
    {
        var curation = knowledge.Curation;
        var article = await PublishedGiftWrap();
        article = (await curation.EditAsync(article.Id, article.Revision, Drafts.GiftWrap("Gift wrap is free in December."), "ana")).Article!;
        article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;
        article = (await curation.ApproveAsync(article.Id, article.Revision, "rui")).Article!;
        article = (await curation.PublishAsync(article.Id, article.Revision, "rui")).Article!;
        Assert.Contains("free in December", (await knowledge.Ask("can you gift wrap my order")).Best?.Article.Answer);

        var restored = await curation.RestoreVersionAsync(article.Id, article.Revision, number: 1, publish: true, "rui");

        Assert.Equal(CurationOutcome.Done, restored.Outcome);
        Assert.Equal([3, 2, 1], restored.Article!.Versions.Select(v => v.Number));
        Assert.True(restored.Article.Versions[0].IsLive);
        Assert.Contains("3 EUR", (await knowledge.Ask("can you gift wrap my order")).Best?.Article.Answer);
    }

    [Fact]
    public async Task Restoring_as_a_draft_leaves_the_live_answer_alone()
    {
        var curation = knowledge.Curation;
        var article = await PublishedGiftWrap();
        article = (await curation.EditAsync(article.Id, article.Revision, Drafts.GiftWrap("Gift wrap is free in December."), "ana")).Article!;

        var restored = await curation.RestoreVersionAsync(article.Id, article.Revision, number: 1, publish: false, "ana");

        Assert.Equal(CurationOutcome.Unchanged, (await curation.RestoreVersionAsync(article.Id, restored.Article!.Revision, 1, false, "ana")).Outcome);
        Assert.Equal(Drafts.GiftWrap().Normalized(), restored.Article.Content);
        Assert.Equal((ArticleStatus.Draft, 1), (restored.Article.Status, restored.Article.Summary.LiveVersion));
    }

    [Fact]
    public async Task Refuses_to_restore_a_version_that_does_not_exist()
    {
        var article = await PublishedGiftWrap();

        var result = await knowledge.Curation.RestoreVersionAsync(article.Id, article.Revision, number: 7, publish: false, "ana");

        Assert.Equal(CurationOutcome.Refused, result.Outcome);
        Assert.Contains("no version 7", result.Reason);
    }

    [Fact]
    public async Task Follow_up_buttons_appear_only_once_the_article_they_lead_to_is_published()
    {
        var curation = knowledge.Curation;
        await PublishedGiftWrap();
        var parking = (await curation.CreateDraftAsync("en-parking", "en-US",
            Drafts.Parking() with { FollowUps = [new("Gift wrapping", "en-gift-wrap"), new("Opening hours", "en-opening-hours")] }, "ana")).Article!;
        parking = (await curation.SubmitForReviewAsync(parking.Id, parking.Revision, "ana")).Article!;
        parking = (await curation.ApproveAsync(parking.Id, parking.Revision, "rui")).Article!;
        await curation.PublishAsync(parking.Id, parking.Revision, "rui");

        var followUps = knowledge.Catalog.Find("en-parking")!.FollowUps;

        Assert.Equal([new FollowUpPrompt("Gift wrapping", "en-gift-wrap")], followUps);
    }

    [Fact]
    public async Task Answers_in_chinese_as_soon_as_a_chinese_article_is_published()
    {
        var curation = knowledge.Curation;
        var article = (await curation.CreateDraftAsync("zh-gift-wrap", "zh-CN",
            new ArticleContent("订单", "可以提供礼品包装吗？", ["能帮我把商品包成礼物吗"], "可以，结账时选择**礼品包装**即可。", ["礼品"], [], [], []), "李娜")).Article!;
        article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "李娜")).Article!;
        article = (await curation.ApproveAsync(article.Id, article.Revision, "王芳")).Article!;
        await curation.PublishAsync(article.Id, article.Revision, "王芳");

        var result = await knowledge.Ask("礼品包装怎么选", "zh-CN");

        Assert.Equal("zh-gift-wrap", result.Best?.Article.Key);
        Assert.NotEqual(AnswerConfidence.None, result.Confidence);
    }
}
