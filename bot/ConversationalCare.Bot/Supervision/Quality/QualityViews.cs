using ConversationalCare.HandoffConsole.Quality;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>The quality report over the API: criteria by name, percentages of the top score.</summary>
public sealed record QualityReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<QualityFigureDto> Agents);

public sealed record QualityFigureDto(string Agent, int Reviews, double? Overall, IReadOnlyDictionary<string, double?> Criteria);

public sealed record CriterionScoreDto(string Criterion, int? Score, string? Comment);

public sealed record ReviewDto(Guid Id, string Week, string Agent, string ConversationId, string Transcript, DateTimeOffset ResolvedAt,
    string? Disposition, string? Reviewer, DateTimeOffset? SubmittedAt, double? Percent, IReadOnlyList<CriterionScoreDto> Scores, string? Comment);

public sealed record AgentReviewsDto(string Agent, DateTimeOffset From, DateTimeOffset To, QualityFigureDto Figure, IReadOnlyList<ReviewDto> Reviews);

public static class QualityViewMapping
{
    public static ReviewView ToView(this QualityReview r, string? disposition) =>
        new(r.Id, r.Week, r.Agent, r.ConversationId, r.ResolvedAt, disposition, r.Status, r.Reviewer, r.SubmittedAt, r.Scores, r.Comment,
            r.Status == ReviewStatus.Submitted ? QualityRubric.Percent(r.Scores.Select(s => s.Score)) is { } p ? Math.Round(p, 1) : null : null);

    public static string Name(this QualityCriterion criterion) => criterion.ToString().ToLowerInvariant();

    public static QualityFigureDto ToDto(this AgentQualityFigure f) =>
        new(f.Agent, f.Reviews, f.Overall, f.Criteria.ToDictionary(pair => pair.Key.Name(), pair => pair.Value));

    public static ReviewDto ToDto(this ReviewView r) =>
        new(r.Id, r.Week, r.Agent, r.ConversationId, $"/console/conversations/{Uri.EscapeDataString(r.ConversationId)}", r.ResolvedAt,
            r.Disposition, r.Reviewer, r.SubmittedAt, r.Percent, [.. r.Scores.Select(s => new CriterionScoreDto(s.Criterion.Name(), s.Score, s.Comment))], r.Comment);
}
