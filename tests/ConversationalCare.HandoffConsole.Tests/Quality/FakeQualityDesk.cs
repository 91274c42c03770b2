using ConversationalCare.HandoffConsole.Quality;

namespace ConversationalCare.HandoffConsole.Tests.Quality;

/// <summary>A quality desk that answers what a test sets up and remembers what the console asked for.</summary>
public sealed class FakeQualityDesk : IQualityDesk
{
    public List<QueuedReview> Queue { get; } = [];
    public Dictionary<Guid, ReviewView> Reviews { get; } = [];
    public List<AgentQualityFigure> Figures { get; } = [];
    public Dictionary<string, AgentQuality> ByAgent { get; } = [];
    public List<(Guid Id, string Reviewer, ReviewSubmission Submission)> Submissions { get; } = [];
    public List<string> AgentsAskedFor { get; } = [];

    /// <summary>When set, the next submission gets this answer instead of being stored.</summary>
    public ReviewOutcome? NextSubmitAnswer { get; set; }

    public Task<IReadOnlyList<QueuedReview>> QueueAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<QueuedReview>>(Queue);

    public Task<ReviewOutcome> OpenAsync(Guid reviewId, string reviewer, CancellationToken cancellationToken) =>
        Task.FromResult(!Reviews.TryGetValue(reviewId, out var review) ? ReviewOutcome.Of(ReviewResult.NotFound)
            : review.Agent == reviewer ? ReviewOutcome.Of(ReviewResult.OwnConversation)
            : ReviewOutcome.Of(ReviewResult.Done, review));

    public Task<ReviewOutcome> SubmitAsync(Guid reviewId, string reviewer, ReviewSubmission submission, CancellationToken cancellationToken)
    {
        Submissions.Add((reviewId, reviewer, submission));
        if (NextSubmitAnswer is { } answer) return Task.FromResult(answer);
        var stored = Reviews[reviewId] with
        {
            Status = ReviewStatus.Submitted, Reviewer = reviewer, SubmittedAt = QualityPageContext.Start, Scores = submission.Scores,
            Comment = submission.Comment, Percent = QualityRubric.Percent(submission.Scores.Select(s => s.Score)),
        };
        Reviews[reviewId] = stored;
        return Task.FromResult(ReviewOutcome.Of(ReviewResult.Done, stored));
    }

    public Task<IReadOnlyList<AgentQualityFigure>> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AgentQualityFigure>>(Figures);

    public Task<AgentQuality> ReviewsOfAsync(string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        AgentsAskedFor.Add(agent);
        return Task.FromResult(ByAgent.TryGetValue(agent, out var quality) ? quality
            : new AgentQuality(agent, new AgentQualityFigure(agent, 0, null, QualityRubric.Criteria.ToDictionary(c => c, _ => (double?)null)), []));
    }
}
