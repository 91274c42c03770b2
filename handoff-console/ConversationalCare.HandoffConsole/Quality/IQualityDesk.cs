namespace ConversationalCare.HandoffConsole.Quality;

/// <summary>
/// The port for quality review. The bot samples resolved conversations into the review queue, stores reviews and
/// computes the figures; the console lists, shows the rubric and sends what the reviewer scored.
/// </summary>
public interface IQualityDesk
{
    /// <summary>Reviews not yet submitted, oldest week first.</summary>
    Task<IReadOnlyList<QueuedReview>> QueueAsync(CancellationToken cancellationToken);

    /// <summary>Opens a review for <paramref name="reviewer"/>, claiming it when nobody has yet.</summary>
    Task<ReviewOutcome> OpenAsync(Guid reviewId, string reviewer, CancellationToken cancellationToken);

    /// <summary>Stores the scores; only the first submission of a review counts.</summary>
    Task<ReviewOutcome> SubmitAsync(Guid reviewId, string reviewer, ReviewSubmission submission, CancellationToken cancellationToken);

    /// <summary>Per-agent figures over the submitted reviews of conversations resolved in [from, to).</summary>
    Task<IReadOnlyList<AgentQualityFigure>> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>An agent's own submitted reviews (of conversations resolved in [from, to)) and their figure.</summary>
    Task<AgentQuality> ReviewsOfAsync(string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <summary>The rubric: what a reviewer scores in every reviewed conversation.</summary>
public enum QualityCriterion { Greeting, Accuracy, Empathy, Resolution, Closing, Privacy }

public enum ReviewStatus { Queued, InReview, Submitted }

public enum ReviewResult
{
    Done,
    NotFound,
    /// <summary>Someone submitted it first; the review that is stored comes back.</summary>
    AlreadySubmitted,
    /// <summary>Reviewers never review conversations they handled themselves.</summary>
    OwnConversation,
    Invalid,
}

/// <param name="Score">1–5, or null when the criterion did not apply (N/A: left out of every average).</param>
public sealed record CriterionScore(QualityCriterion Criterion, int? Score, string? Comment);

/// <summary>
/// What a reviewer sends. Every criterion needs a decision: a score, or N/A (a null score).
/// A criterion left out of <see cref="Scores"/> is missing.
/// </summary>
public sealed record ReviewSubmission(IReadOnlyList<CriterionScore> Scores, string? Comment);

public sealed record QueuedReview(Guid Id, string Week, string Agent, string ConversationId, DateTimeOffset ResolvedAt,
    ReviewStatus Status, string? Reviewer);

public sealed record ReviewView(Guid Id, string Week, string Agent, string ConversationId, DateTimeOffset ResolvedAt, string? Disposition,
    ReviewStatus Status, string? Reviewer, DateTimeOffset? SubmittedAt, IReadOnlyList<CriterionScore> Scores, string? Comment, double? Percent);

public sealed record ReviewOutcome(ReviewResult Result, ReviewView? Review, IReadOnlyList<string> Errors)
{
    public static ReviewOutcome Of(ReviewResult result, ReviewView? review = null) => new(result, review, []);
}

/// <summary>A figure as a percentage of the top score (5); null when nothing was scored.</summary>
public sealed record AgentQualityFigure(string Agent, int Reviews, double? Overall, IReadOnlyDictionary<QualityCriterion, double?> Criteria);

public sealed record AgentQuality(string Agent, AgentQualityFigure Figure, IReadOnlyList<ReviewView> Reviews);

/// <summary>The rubric's rules, one definition for the console's form and the bot that stores reviews.</summary>
public static class QualityRubric
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxCommentLength = 1000;
    public const int MaxOverallCommentLength = 2000;

    public static readonly IReadOnlyList<QualityCriterion> Criteria = Enum.GetValues<QualityCriterion>();

    public static string Label(QualityCriterion criterion) => criterion switch
    {
        QualityCriterion.Greeting => "Greeting",
        QualityCriterion.Accuracy => "Accuracy",
        QualityCriterion.Empathy => "Empathy",
        QualityCriterion.Resolution => "Resolution",
        QualityCriterion.Closing => "Closing",
        _ => "Privacy compliance",
    };

    /// <summary>
    /// Scores are 1–5 or N/A (null). Each criterion must be present exactly once (absent is missing, not N/A),
    /// and at least one must have a score.
    /// </summary>
    public static IReadOnlyList<string> Validate(ReviewSubmission submission)
    {
        var errors = new List<string>();
        foreach (var criterion in Criteria)
        {
            var given = submission.Scores.Where(s => s.Criterion == criterion).ToList();
            if (given.Count == 0) errors.Add($"{Label(criterion)}: choose a score from {MinScore} to {MaxScore}, or N/A.");
            else if (given.Count > 1) errors.Add($"{Label(criterion)} is scored more than once.");
            else if (given[0].Score is { } score && (score < MinScore || score > MaxScore))
                errors.Add($"{Label(criterion)}: {score} is out of range; scores are {MinScore} to {MaxScore}.");
            if (given.Any(s => s.Comment?.Length > MaxCommentLength))
                errors.Add($"{Label(criterion)}: the comment may be at most {MaxCommentLength} characters.");
        }
        if (submission.Scores.Count > 0 && submission.Scores.All(s => s.Score is null) && errors.Count == 0)
            errors.Add("Score at least one criterion; a review with every criterion N/A says nothing.");
        if (submission.Comment?.Length > MaxOverallCommentLength)
            errors.Add($"The overall comment may be at most {MaxOverallCommentLength} characters.");
        return errors;
    }

    /// <summary>A review's percentage: the mean of its scored criteria over the top score; N/A is left out.</summary>
    public static double? Percent(IEnumerable<int?> scores)
    {
        var scored = scores.OfType<int>().ToList();
        return scored.Count == 0 ? null : 100.0 * scored.Average() / MaxScore;
    }
}
