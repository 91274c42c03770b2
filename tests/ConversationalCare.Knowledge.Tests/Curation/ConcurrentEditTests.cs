using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Curation;

public sealed class ConcurrentEditTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    [Fact]
    public async Task Refuses_a_save_based_on_a_revision_someone_else_has_already_changed()
    {
        var curation = knowledge.Curation;
        var opened = (await curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;
        await curation.EditAsync(opened.Id, opened.Revision, Drafts.Parking("Parking moved to Level 2."), "ana");

        var late = await curation.EditAsync(opened.Id, opened.Revision, Drafts.Parking("Park in the street."), "rui");

        Assert.Equal(CurationOutcome.Conflict, late.Outcome);
        Assert.Equal("Parking moved to Level 2.", late.Article!.Content.Answer);
        Assert.Equal("Parking moved to Level 2.", (await curation.GetAsync(opened.Id))!.Content.Answer);
    }

    [Fact]
    public async Task Of_two_editors_saving_at_the_same_moment_exactly_one_wins()
    {
        var curation = knowledge.Curation;
        var opened = (await curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;

        for (var round = 0; round < 5; round++)
        {
            var current = (await curation.GetAsync(opened.Id))!;
            var results = await Task.WhenAll(
                Task.Run(() => curation.EditAsync(current.Id, current.Revision, Drafts.Parking($"Ana's answer {round}."), "ana")),
                Task.Run(() => curation.EditAsync(current.Id, current.Revision, Drafts.Parking($"Rui's answer {round}."), "rui")));

            Assert.Equal([CurationOutcome.Done, CurationOutcome.Conflict], results.Select(r => r.Outcome).Order());
            var winner = results.Single(r => r.Outcome == CurationOutcome.Done).Article!;
            Assert.Equal(winner.Content.Answer, (await curation.GetAsync(opened.Id))!.Content.Answer);
            Assert.Equal(current.Revision + 1, winner.Revision);
        }
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_words_the_author_changed_after_opening_them()
    {
        var curation = knowledge.Curation;
        var draft = (await curation.CreateDraftAsync("en-parking", "en-US", Drafts.Parking(), "ana")).Article!;
        var submitted = (await curation.SubmitForReviewAsync(draft.Id, draft.Revision, "ana")).Article!;
        await curation.EditAsync(submitted.Id, submitted.Revision, Drafts.Parking("Park anywhere."), "ana");

        var approval = await curation.ApproveAsync(submitted.Id, submitted.Revision, "rui");

        Assert.Equal(CurationOutcome.Conflict, approval.Outcome);
    }
}
