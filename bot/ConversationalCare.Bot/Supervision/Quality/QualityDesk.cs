using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>
/// The review queue and the reviews: supervisors open (claim) and submit; agents read their own. Submissions are a
/// conditional update on "not submitted yet", so of two reviewers submitting at once exactly one is stored.
/// </summary>
public sealed class QualityDesk(IDbContextFactory<CareDb> dbFactory, TimeProvider clock) : IQualityDesk
{
    public async Task<IReadOnlyList<QueuedReview>> QueueAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.QualityReviews.AsNoTracking().Where(r => r.Status != ReviewStatus.Submitted).ToListAsync(cancellationToken);
        return [.. open.OrderBy(r => r.Week, StringComparer.Ordinal).ThenBy(r => r.ResolvedAt)
            .Select(r => new QueuedReview(r.Id, r.Week, r.Agent, r.ConversationId, r.ResolvedAt, r.Status, r.Reviewer))];
    }

    public async Task<ReviewOutcome> OpenAsync(Guid reviewId, string reviewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var review = await db.QualityReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null) return ReviewOutcome.Of(ReviewResult.NotFound);
        if (review.Agent == reviewer) return ReviewOutcome.Of(ReviewResult.OwnConversation);
        if (review.Status == ReviewStatus.Queued)
        {
            var now = clock.GetUtcNow();
            // The first reviewer to open it is named in the queue, so others pick a different one.
            await db.QualityReviews.Where(r => r.Id == reviewId && r.Status == ReviewStatus.Queued)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ReviewStatus.InReview).SetProperty(r => r.Reviewer, reviewer)
                    .SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        }
        return ReviewOutcome.Of(ReviewResult.Done, await ViewAsync(db, reviewId, cancellationToken));
    }

    public async Task<ReviewOutcome> SubmitAsync(Guid reviewId, string reviewer, ReviewSubmission submission, CancellationToken cancellationToken)
    {
        var errors = QualityRubric.Validate(submission);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var review = await db.QualityReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null) return ReviewOutcome.Of(ReviewResult.NotFound);
        if (review.Agent == reviewer) return ReviewOutcome.Of(ReviewResult.OwnConversation);
        if (review.Status == ReviewStatus.Submitted) return ReviewOutcome.Of(ReviewResult.AlreadySubmitted, await ViewAsync(db, reviewId, cancellationToken));
        if (errors.Count > 0) return new ReviewOutcome(ReviewResult.Invalid, null, errors);

        var now = clock.GetUtcNow();
        var scores = submission.Scores.ToDictionary(s => s.Criterion);
        // Reviewers quote conversations; what they write is masked like any export, so reviews hold no personal data.
        var comment = Masked(submission.Comment);
        var changed = await db.QualityReviews.Where(r => r.Id == reviewId && r.Status != ReviewStatus.Submitted && r.Agent != reviewer)
            .ExecuteUpdateAsync(set =>
            {
                foreach (var criterion in QualityRubric.Criteria)
                {
                    var name = criterion.ToString();
                    var score = scores[criterion].Score;
                    var note = Masked(scores[criterion].Comment);
                    set.SetProperty(r => EF.Property<int?>(r, name + "Score"), score);
                    set.SetProperty(r => EF.Property<string?>(r, name + "Comment"), note);
                }
                set.SetProperty(r => r.Comment, comment).SetProperty(r => r.Status, ReviewStatus.Submitted).SetProperty(r => r.Reviewer, reviewer)
                    .SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.Version, r => r.Version + 1);
            }, cancellationToken);
        return ReviewOutcome.Of(changed == 1 ? ReviewResult.Done : ReviewResult.AlreadySubmitted, await ViewAsync(db, reviewId, cancellationToken));
    }

    public async Task<IReadOnlyList<AgentQualityFigure>> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reviews = await Submitted(db, from, to).ToListAsync(cancellationToken);
        return [.. reviews.GroupBy(r => r.Agent, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => QualityFigures.Of(g.Key, [.. g.Select(r => r.Scores)]))];
    }

    public async Task<AgentQuality> ReviewsOfAsync(string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reviews = await Submitted(db, from, to).Where(r => r.Agent == agent).ToListAsync(cancellationToken);
        var dispositions = await DispositionsAsync(db, reviews, cancellationToken);
        return new AgentQuality(agent, QualityFigures.Of(agent, [.. reviews.Select(r => r.Scores)]),
            [.. reviews.OrderByDescending(r => r.ResolvedAt).Select(r => r.ToView(dispositions.GetValueOrDefault(r.HandoffId)))]);
    }

    /// <summary>One submitted review of <paramref name="agent"/>'s; null for anyone else's, so nobody learns it exists.</summary>
    public async Task<ReviewView?> ReviewOfAsync(string agent, Guid reviewId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, reviewId, cancellationToken);
        return view is { Status: ReviewStatus.Submitted } && view.Agent == agent ? view : null;
    }

    private static IQueryable<QualityReview> Submitted(CareDb db, DateTimeOffset from, DateTimeOffset to) =>
        db.QualityReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Submitted && r.ResolvedAt >= from && r.ResolvedAt < to);

    private static async Task<ReviewView?> ViewAsync(CareDb db, Guid reviewId, CancellationToken cancellationToken)
    {
        var review = await db.QualityReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null) return null;
        return review.ToView((await DispositionsAsync(db, [review], cancellationToken)).GetValueOrDefault(review.HandoffId));
    }

    private static Task<Dictionary<Guid, string?>> DispositionsAsync(CareDb db, IReadOnlyCollection<QualityReview> reviews, CancellationToken cancellationToken)
    {
        var ids = reviews.Select(r => r.HandoffId).ToList();
        return db.Handoffs.AsNoTracking().Where(h => ids.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Disposition, cancellationToken);
    }

    private static string? Masked(string? text) => string.IsNullOrWhiteSpace(text) ? null : EntityFinder.Mask(text.Trim());
}
