using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Curation;

public sealed class HistoryTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    /// <summary>Version 1 says 3 EUR; version 2 says free in December and has a new phrasing.</summary>
    private async Task<ArticleDetails> TwoVersions()
    {
        var curation = knowledge.Curation;
        var article = (await curation.CreateDraftAsync("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana")).Article!;
        foreach (var content in new[] { (ArticleContent?)null, Drafts.GiftWrap("Gift wrap is free in December.") with { AlternateQuestions = ["Can you wrap my order as a present?", "Is gift wrap free?"] } })
        {
            knowledge.Clock.Advance(TimeSpan.FromHours(1));
            if (content is not null) article = (await curation.EditAsync(article.Id, article.Revision, content, "ana")).Article!;
            article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;
            article = (await curation.ApproveAsync(article.Id, article.Revision, "rui")).Article!;
            article = (await curation.PublishAsync(article.Id, article.Revision, "rui")).Article!;
        }
        return article;
    }

    [Fact]
    public async Task Records_who_did_what_and_when_newest_first()
    {
        var article = await TwoVersions();

        var audit = article.Audit.Select(a => $"{a.At:HH:mm} {a.Actor} {a.Action} {string.Join('+', a.ChangedFields)} {a.Version}".TrimEnd()).ToList();

        Assert.Equal(
        [
            "11:00 rui Published  2",
            "11:00 rui Approved",
            "11:00 ana Submitted",
            "11:00 ana Edited alternateQuestions+answer",
            "10:00 rui Published  1",
            "10:00 rui Approved",
            "10:00 ana Submitted",
            "09:00 ana Created category+question+alternateQuestions+answer+tags",
        ], audit);
    }

    [Fact]
    public async Task Records_the_reviewers_reason_for_a_rejection()
    {
        var curation = knowledge.Curation;
        var article = (await curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;
        article = (await curation.SubmitForReviewAsync(article.Id, article.Revision, "ana")).Article!;

        var rejected = (await curation.RejectAsync(article.Id, article.Revision, "rui", "Say which entrance is step-free.")).Article!;

        Assert.Equal("Say which entrance is step-free.", rejected.ReviewComment);
        Assert.Equal((AuditAction.Rejected, "rui", "Say which entrance is step-free."), (rejected.Audit[0].Action, rejected.Audit[0].Actor, rejected.Audit[0].Comment));
    }

    [Fact]
    public async Task Shows_which_fields_changed_between_two_versions_with_old_and_new_text()
    {
        var article = await TwoVersions();

        var diff = await knowledge.Curation.DiffAsync(article.Id, from: 1, to: 2);

        Assert.Equal(
        [
            new FieldChange("alternateQuestions", "Can you wrap my order as a present?", "Can you wrap my order as a present?\nIs gift wrap free?"),
            new FieldChange("answer", "Yes: choose **Gift wrap** at checkout, it costs 3 EUR per parcel.", "Gift wrap is free in December."),
        ], diff!.Changes);
    }

    [Fact]
    public async Task Shows_what_the_working_copy_changes_compared_with_the_live_version()
    {
        var article = await TwoVersions();
        await knowledge.Curation.EditAsync(article.Id, article.Revision, Drafts.GiftWrap("Gift wrap is free in December.") with { Category = "Gifts", AlternateQuestions = ["Can you wrap my order as a present?", "Is gift wrap free?"] }, "ana");

        var diff = await knowledge.Curation.DiffAsync(article.Id, from: 2);

        Assert.Equal([new FieldChange("category", "Orders", "Gifts")], diff!.Changes);
        Assert.Null(await knowledge.Curation.DiffAsync(article.Id, from: 9));
    }

    [Fact]
    public async Task Keeps_every_published_version_readable()
    {
        var article = await TwoVersions();

        var first = await knowledge.Curation.GetVersionAsync(article.Id, 1);

        Assert.Contains("3 EUR", first!.Content.Answer);
        Assert.Equal((1, "rui", KnowledgeHost.Start.AddHours(1), false), (first.Info.Number, first.Info.PublishedBy, first.Info.PublishedAt, first.Info.IsLive));
    }
}
