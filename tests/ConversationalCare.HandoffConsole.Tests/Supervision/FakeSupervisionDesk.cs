using System.Globalization;
using ConversationalCare.HandoffConsole.Supervision;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

/// <summary>Answers with the reports a test sets per dimension, and drills down over the rows it holds.</summary>
public sealed class FakeSupervisionDesk : ISupervisionDesk
{
    public Dictionary<SupervisionDimension, SupervisionReport> Reports { get; } = [];

    public List<SupervisedConversation> Rows { get; } = [];

    public List<(DateTimeOffset From, DateTimeOffset To, SupervisionDimension? GroupBy)> ReportCalls { get; } = [];

    public List<DrillDown> DrillCalls { get; } = [];

    public Exception? Failure { get; set; }

    public Task<SupervisionReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, SupervisionDimension? groupBy, CancellationToken cancellationToken)
    {
        ReportCalls.Add((from, to, groupBy));
        if (Failure is not null) throw Failure;
        return Task.FromResult(Reports[groupBy ?? SupervisionDimension.Day] with { From = from, To = to, GroupBy = groupBy });
    }

    public Task<DrillDownResult> ConversationsAsync(DateTimeOffset from, DateTimeOffset to, DrillDown filter, int take, CancellationToken cancellationToken)
    {
        DrillCalls.Add(filter);
        var matching = Rows.Where(r => filter.Group is null || KeyOf(r, filter.Dimension!.Value) == filter.Group)
            .Where(r => filter.Kpi switch
            {
                KpiFilter.Escalated => r.Escalated,
                KpiFilter.SlaBreached => r.SlaBreached,
                KpiFilter.LowCsat => r.CsatScore <= 3,
                _ => true,
            }).ToList();
        return Task.FromResult(new DrillDownResult(matching.Count, [.. matching.Take(take)]));
    }

    private static string KeyOf(SupervisedConversation row, SupervisionDimension dimension) => dimension switch
    {
        SupervisionDimension.Intent => row.Intent,
        SupervisionDimension.Channel => row.Channel,
        SupervisionDimension.Day => row.StartedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SupervisionDimension.Hour => row.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:00Z", CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException(dimension.ToString()),
    };
}
