using ConversationalCare.HandoffConsole.Supervision;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// The console's supervision port over <see cref="SupervisionReports"/>: the pages show the very numbers the report
/// API and the CSV export give, mapped to the console's records.
/// </summary>
public sealed class SupervisionDesk(SupervisionReports reports) : ISupervisionDesk
{
    public async Task<SupervisionReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, SupervisionDimension? groupBy, CancellationToken cancellationToken)
    {
        var report = await reports.KpisAsync(from, to, groupBy is { } d ? ToBot(d) : null, cancellationToken);
        var overall = Map(report.Overall);
        var previous = Map(report.Previous);
        return new SupervisionReport(report.From, report.To, groupBy, report.ComputedAt, overall, previous,
            SupervisionChange.Between(overall, previous), [.. report.Groups.Select(g => new SupervisionGroup(g.Key, Map(g.Figures)))]);
    }

    public async Task<DrillDownResult> ConversationsAsync(DateTimeOffset from, DateTimeOffset to, DrillDown filter, int take, CancellationToken cancellationToken)
    {
        var rows = await reports.ConversationsAsync(from, to, cancellationToken);
        var matching = rows
            .Where(r => filter.Dimension is not { } dimension || filter.Group is null || KeyOf(r, dimension) == filter.Group)
            .Where(r => Matches(r, filter.Kpi))
            .OrderByDescending(r => r.StartedAt)
            .ToList();
        return new DrillDownResult(matching.Count, [.. matching.Take(Math.Max(0, take)).Select(Map)]);
    }

    private static bool Matches(ConversationKpiRow row, KpiFilter kpi) => kpi switch
    {
        KpiFilter.Escalated => row.Escalated,
        KpiFilter.Contained => row.Contained,
        KpiFilter.NotResolvedFirstTime => !row.ResolvedAtFirstContact,
        KpiFilter.SlaBreached => row.SlaBreached,
        KpiFilter.LowCsat => row.CsatScore is <= 3,
        KpiFilter.Surveyed => row.CsatScore is not null,
        _ => true,
    };

    /// <summary>The same group keys as <see cref="KpiDimensions.KeyOf"/>, read from a row instead of the facts.</summary>
    private static string KeyOf(ConversationKpiRow row, SupervisionDimension dimension) => dimension switch
    {
        SupervisionDimension.Channel => row.Channel,
        SupervisionDimension.Intent => row.Intent,
        SupervisionDimension.Locale => row.Locale,
        SupervisionDimension.Agent => row.Agent ?? KpiDimensions.Bot,
        SupervisionDimension.Team => row.Team ?? KpiDimensions.Bot,
        SupervisionDimension.Day => row.StartedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => row.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static KpiDimension ToBot(SupervisionDimension dimension) => dimension switch
    {
        SupervisionDimension.Channel => KpiDimension.Channel,
        SupervisionDimension.Intent => KpiDimension.Intent,
        SupervisionDimension.Locale => KpiDimension.Locale,
        SupervisionDimension.Agent => KpiDimension.Agent,
        SupervisionDimension.Team => KpiDimension.Team,
        SupervisionDimension.Day => KpiDimension.Day,
        _ => KpiDimension.Hour,
    };

    private static SupervisionFigures Map(KpiFigures f) => new(f.Conversations, f.Handoffs, f.ContainmentRate, f.EscalationRate,
        f.FirstResponseSecondsP50, f.AverageHandlingSeconds, f.FirstContactResolutionRate, f.CsatAverage, f.CsatSatisfiedShare, f.SlaBreachRate);

    private static SupervisedConversation Map(ConversationKpiRow r) => new(r.ConversationId, r.Customer, r.Channel, r.Locale, r.Intent,
        r.StartedAt, r.Escalated, r.Team, r.Agent, r.FirstResponseSeconds, r.HandlingSeconds, r.SlaBreached, r.CsatScore, r.ResolvedAtFirstContact);
}
