using ConversationalCare.Bot.Supervision.Quality;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Supervision.Quality.QualityHistory;

namespace ConversationalCare.Bot.Tests.Supervision.Quality;

/// <summary>Supervisors review sampled conversations: alice's and sam's (sam is a supervisor who also takes chats).</summary>
public sealed class QualityReviewTests : IDisposable
{
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(WeekStart.AddDays(8));
    private readonly QualityDesk _desk;

    public QualityReviewTests()
    {
        _desk = new QualityDesk(_database, _clock);
        using (var w = _database.History())
        {
            Resolved(w, "alice", 1, WeekStart.AddHours(9));
            Resolved(w, "sam", 1, WeekStart.AddHours(10));
            w.Commit();
        }
        new QualitySampler(_database, Options.Create(new QualityOptions()), _clock, NullLogger<QualitySampler>.Instance)
            .SampleAsync(new QualityWeek(2026, 45), CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<Guid> ReviewOf(string agent) => (await _desk.QueueAsync(CancellationToken.None)).Single(r => r.Agent == agent).Id;

    public static ReviewSubmission Scored(int? greeting = 5, int? accuracy = 4, int? empathy = 3, int? resolution = null, int? closing = 5,
        int? privacy = 5, string? comment = "Good overall.") =>
        new([
            new(QualityCriterion.Greeting, greeting, "Warm, used the customer's name."),
            new(QualityCriterion.Accuracy, accuracy, null),
            new(QualityCriterion.Empathy, empathy, null),
            new(QualityCriterion.Resolution, resolution, "Nothing to resolve: the customer only wanted to talk."),
            new(QualityCriterion.Closing, closing, null),
            new(QualityCriterion.Privacy, privacy, null),
        ], comment);

    [Fact]
    public async Task Opening_a_queued_review_claims_it_for_the_reviewer()
    {
        var id = await ReviewOf("alice");

        var opened = await _desk.OpenAsync(id, "sam", CancellationToken.None);
        var queue = await _desk.QueueAsync(CancellationToken.None);

        Assert.Equal(ReviewResult.Done, opened.Result);
        Assert.Equal(ReviewStatus.InReview, opened.Review!.Status);
        Assert.Equal("sam", queue.Single(r => r.Id == id).Reviewer);
    }

    [Fact]
    public async Task A_submitted_review_keeps_its_scores_and_comments_and_leaves_the_queue()
    {
        var id = await ReviewOf("alice");

        var outcome = await _desk.SubmitAsync(id, "sam", Scored(), CancellationToken.None);

        Assert.Equal(ReviewResult.Done, outcome.Result);
        var review = outcome.Review!;
        Assert.Equal(ReviewStatus.Submitted, review.Status);
        Assert.Equal("sam", review.Reviewer);
        Assert.Equal(_clock.GetUtcNow(), review.SubmittedAt);
        Assert.Equal([5, 4, 3, null, 5, 5], review.Scores.Select(s => s.Score));
        Assert.Equal("Warm, used the customer's name.", review.Scores[0].Comment);
        Assert.Equal("Good overall.", review.Comment);
        Assert.DoesNotContain(await _desk.QueueAsync(CancellationToken.None), r => r.Id == id);
    }

    [Fact]
    public async Task A_criterion_marked_not_applicable_is_left_out_of_the_average()
    {
        var id = await ReviewOf("alice");

        var review = (await _desk.SubmitAsync(id, "sam", Scored(5, 4, 3, null, 5, 5), CancellationToken.None)).Review!;

        // (5 + 4 + 3 + 5 + 5) / 5 criteria scored = 4.4 of 5 = 88 %; counting N/A as 0 would give 73.3 %.
        Assert.Equal(88.0, review.Percent);
    }

    [Fact]
    public async Task A_submitted_review_is_read_only_a_second_submission_is_a_conflict()
    {
        var id = await ReviewOf("alice");
        await _desk.SubmitAsync(id, "sam", Scored(greeting: 5), CancellationToken.None);

        var second = await _desk.SubmitAsync(id, "rita", Scored(greeting: 1), CancellationToken.None);

        Assert.Equal(ReviewResult.AlreadySubmitted, second.Result);
        Assert.Equal("sam", second.Review!.Reviewer);
        Assert.Equal(5, second.Review.Scores[0].Score);
    }

    [Fact]
    public async Task Of_two_reviewers_submitting_at_once_exactly_one_is_stored()
    {
        var id = await ReviewOf("alice");

        var outcomes = await Task.WhenAll(
            Task.Run(() => _desk.SubmitAsync(id, "sam", Scored(greeting: 5), CancellationToken.None)),
            Task.Run(() => _desk.SubmitAsync(id, "rita", Scored(greeting: 2), CancellationToken.None)));

        Assert.Single(outcomes, o => o.Result == ReviewResult.Done);
        var loser = Assert.Single(outcomes, o => o.Result == ReviewResult.AlreadySubmitted);
        var winner = outcomes.Single(o => o.Result == ReviewResult.Done).Review!;
        Assert.Equal(winner.Reviewer, loser.Review!.Reviewer);
        Assert.Equal(winner.Scores[0].Score, loser.Review.Scores[0].Score);
    }

    [Fact]
    public async Task A_reviewer_cannot_open_or_submit_a_review_of_their_own_conversation()
    {
        var id = await ReviewOf("sam");

        Assert.Equal(ReviewResult.OwnConversation, (await _desk.OpenAsync(id, "sam", CancellationToken.None)).Result);
        Assert.Equal(ReviewResult.OwnConversation, (await _desk.SubmitAsync(id, "sam", Scored(), CancellationToken.None)).Result);
        Assert.Equal(ReviewStatus.Queued, (await _desk.QueueAsync(CancellationToken.None)).Single(r => r.Id == id).Status);
    }

    [Fact]
    public async Task Missing_and_out_of_range_scores_are_refused_with_the_reason()
    {
        var id = await ReviewOf("alice");
        var missingEmpathy = new ReviewSubmission([.. Scored().Scores.Where(s => s.Criterion != QualityCriterion.Empathy)], null);

        var missing = await _desk.SubmitAsync(id, "sam", missingEmpathy, CancellationToken.None);
        var outOfRange = await _desk.SubmitAsync(id, "sam", Scored(accuracy: 7), CancellationToken.None);
        var allNotApplicable = await _desk.SubmitAsync(id, "sam", Scored(null, null, null, null, null, null), CancellationToken.None);

        Assert.Equal(ReviewResult.Invalid, missing.Result);
        Assert.Equal(["Empathy: choose a score from 1 to 5, or N/A."], missing.Errors);
        Assert.Equal(["Accuracy: 7 is out of range; scores are 1 to 5."], outOfRange.Errors);
        Assert.Equal(ReviewResult.Invalid, allNotApplicable.Result);
        Assert.Contains("at least one", Assert.Single(allNotApplicable.Errors));
        Assert.Equal(ReviewStatus.Queued, (await _desk.QueueAsync(CancellationToken.None)).Single(r => r.Id == id).Status);
    }

    [Fact]
    public async Task Personal_data_a_reviewer_quotes_is_masked_in_the_stored_comments()
    {
        var id = await ReviewOf("alice");

        var review = (await _desk.SubmitAsync(id, "sam", Scored(comment: "Read out jane@example.com to the customer."), CancellationToken.None)).Review!;

        Assert.Equal("Read out [email] to the customer.", review.Comment);
    }

    [Fact]
    public async Task An_unknown_review_is_not_found()
    {
        Assert.Equal(ReviewResult.NotFound, (await _desk.OpenAsync(Guid.NewGuid(), "sam", CancellationToken.None)).Result);
        Assert.Equal(ReviewResult.NotFound, (await _desk.SubmitAsync(Guid.NewGuid(), "sam", Scored(), CancellationToken.None)).Result);
    }

    public void Dispose() => _database.Dispose();
}
