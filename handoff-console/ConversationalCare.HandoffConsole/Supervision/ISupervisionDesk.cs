namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// The port for supervisors' figures. The bot computes every KPI from stored events (one definition for the report
/// API, the CSV export and these pages); the console only asks for a period and shows what comes back.
/// </summary>
public interface ISupervisionDesk
{
    /// <summary>The period's figures overall and per group, with the previous period of equal length and the change.</summary>
    Task<SupervisionReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, SupervisionDimension? groupBy, CancellationToken cancellationToken);

    /// <summary>The conversations behind a figure, newest first, at most <paramref name="take"/> of them (and how many in all).</summary>
    Task<DrillDownResult> ConversationsAsync(DateTimeOffset from, DateTimeOffset to, DrillDown filter, int take, CancellationToken cancellationToken);
}

/// <summary>
/// The page's CSV download: a link, because Blazor Server renders over a socket and a file is an ordinary response.
/// The bot serves it over the console's sign-in with the same export as <c>/api/reports/conversations.csv</c>.
/// </summary>
public static class SupervisionDownloads
{
    public const string ConversationsCsvPath = "/console/supervision/conversations.csv";

    public static string ConversationsCsv(DateTimeOffset from, DateTimeOffset to) =>
        $"{ConversationsCsvPath}?from={Iso(from)}&to={Iso(to)}";

    private static string Iso(DateTimeOffset time) =>
        Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>How a report can be cut; day and hour are UTC. Conversations without a person are in group "(bot)".</summary>
public enum SupervisionDimension { Channel, Intent, Locale, Agent, Team, Day, Hour }

/// <summary>Which conversations stand behind a figure.</summary>
public enum KpiFilter
{
    All,
    Escalated,
    Contained,
    /// <summary>Not resolved at first contact: escalated, or the customer came back about it.</summary>
    NotResolvedFirstTime,
    SlaBreached,
    /// <summary>A CSAT score of 1–3, i.e. not among the satisfied (4–5).</summary>
    LowCsat,
    Surveyed,
}

/// <summary>A drill-down: optionally one group of a dimension, and a KPI filter.</summary>
public sealed record DrillDown(SupervisionDimension? Dimension, string? Group, KpiFilter Kpi);

/// <summary>Rates are 0–1, times are seconds; a figure with nothing to measure is null rather than 0.</summary>
public sealed record SupervisionFigures(
    int Conversations,
    int Handoffs,
    double? ContainmentRate,
    double? EscalationRate,
    double? FirstResponseSecondsP50,
    double? AverageHandlingSeconds,
    double? FirstContactResolutionRate,
    double? CsatAverage,
    double? CsatSatisfiedShare,
    double? SlaBreachRate);

/// <summary>This period's figure minus the previous one, where both periods have it.</summary>
public sealed record SupervisionChange(
    int Conversations,
    double? ContainmentRate,
    double? EscalationRate,
    double? FirstResponseSecondsP50,
    double? AverageHandlingSeconds,
    double? FirstContactResolutionRate,
    double? CsatAverage,
    double? CsatSatisfiedShare,
    double? SlaBreachRate)
{
    public static SupervisionChange Between(SupervisionFigures now, SupervisionFigures before) => new(
        now.Conversations - before.Conversations,
        now.ContainmentRate - before.ContainmentRate,
        now.EscalationRate - before.EscalationRate,
        now.FirstResponseSecondsP50 - before.FirstResponseSecondsP50,
        now.AverageHandlingSeconds - before.AverageHandlingSeconds,
        now.FirstContactResolutionRate - before.FirstContactResolutionRate,
        now.CsatAverage - before.CsatAverage,
        now.CsatSatisfiedShare - before.CsatSatisfiedShare,
        now.SlaBreachRate - before.SlaBreachRate);
}

public sealed record SupervisionGroup(string Key, SupervisionFigures Figures);

public sealed record SupervisionReport(
    DateTimeOffset From,
    DateTimeOffset To,
    SupervisionDimension? GroupBy,
    DateTimeOffset ComputedAt,
    SupervisionFigures Overall,
    SupervisionFigures Previous,
    SupervisionChange Change,
    IReadOnlyList<SupervisionGroup> Groups);

/// <summary>One conversation behind a figure, with no personal data: the customer is a pseudonym.</summary>
public sealed record SupervisedConversation(
    string ConversationId,
    string Customer,
    string Channel,
    string Locale,
    string Intent,
    DateTimeOffset StartedAt,
    bool Escalated,
    string? Team,
    string? Agent,
    double? FirstResponseSeconds,
    double? HandlingSeconds,
    bool SlaBreached,
    int? CsatScore,
    bool ResolvedAtFirstContact);

public sealed record DrillDownResult(int Total, IReadOnlyList<SupervisedConversation> Conversations);
