using ConversationalCare.HandoffConsole.Quality;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>
/// One resolved handoff sampled for quality review, and, once submitted, the reviewer's rubric scores (null = N/A).
/// Claims and submissions race between supervisors, so they are conditional updates in <see cref="QualityDesk"/>.
/// </summary>
public sealed class QualityReview
{
    private QualityReview() { }

    public QualityReview(Guid handoffId, string conversationId, string agent, DateTimeOffset resolvedAt, string week, DateTimeOffset sampledAt)
    {
        Id = Guid.NewGuid();
        HandoffId = handoffId;
        ConversationId = conversationId;
        Agent = agent;
        ResolvedAt = resolvedAt;
        Week = week;
        SampledAt = sampledAt;
        Status = ReviewStatus.Queued;
    }

    public Guid Id { get; private set; }
    public Guid HandoffId { get; private set; }
    public string ConversationId { get; private set; } = "";
    /// <summary>The agent who resolved the handoff, whose work is reviewed.</summary>
    public string Agent { get; private set; } = "";
    public DateTimeOffset ResolvedAt { get; private set; }
    /// <summary>The ISO week it was sampled from, such as 2026-W45.</summary>
    public string Week { get; private set; } = "";
    public DateTimeOffset SampledAt { get; private set; }
    public ReviewStatus Status { get; private set; }
    public string? Reviewer { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public int? GreetingScore { get; private set; }
    public int? AccuracyScore { get; private set; }
    public int? EmpathyScore { get; private set; }
    public int? ResolutionScore { get; private set; }
    public int? ClosingScore { get; private set; }
    public int? PrivacyScore { get; private set; }
    public string? GreetingComment { get; private set; }
    public string? AccuracyComment { get; private set; }
    public string? EmpathyComment { get; private set; }
    public string? ResolutionComment { get; private set; }
    public string? ClosingComment { get; private set; }
    public string? PrivacyComment { get; private set; }
    public string? Comment { get; private set; }
    public long Version { get; private set; }

    public int? Score(QualityCriterion criterion) => criterion switch
    {
        QualityCriterion.Greeting => GreetingScore,
        QualityCriterion.Accuracy => AccuracyScore,
        QualityCriterion.Empathy => EmpathyScore,
        QualityCriterion.Resolution => ResolutionScore,
        QualityCriterion.Closing => ClosingScore,
        _ => PrivacyScore,
    };

    public string? CommentOn(QualityCriterion criterion) => criterion switch
    {
        QualityCriterion.Greeting => GreetingComment,
        QualityCriterion.Accuracy => AccuracyComment,
        QualityCriterion.Empathy => EmpathyComment,
        QualityCriterion.Resolution => ResolutionComment,
        QualityCriterion.Closing => ClosingComment,
        _ => PrivacyComment,
    };

    public IReadOnlyList<CriterionScore> Scores =>
        Status == ReviewStatus.Submitted ? [.. QualityRubric.Criteria.Select(c => new CriterionScore(c, Score(c), CommentOn(c)))] : [];
}
