using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// Computes the KPIs of a period from stored data, on demand: the report API, the CSV export and (later) the console's
/// supervisor pages all call this, so every screen shows the same numbers. It returns plain records that can cross a port.
/// </summary>
public sealed class SupervisionReports(ConversationFactsCache cache, TimeProvider clock, IOptions<SupervisionOptions> options)
{
    public async Task<KpiReport> KpisAsync(DateTimeOffset from, DateTimeOffset to, KpiDimension? groupBy, CancellationToken cancellationToken)
    {
        var period = await LoadAsync(from, to, cancellationToken);
        var length = to - from;
        var now = clock.GetUtcNow();
        var overall = Figures(period, period.Current, from, Earliest(to, now));
        var previous = Figures(period, period.Previous, from - length, Earliest(from, now));
        var groups = groupBy is { } dimension
            ? period.Current.GroupBy(i => KpiDimensions.KeyOf(period.Facts[i], dimension))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KpiGroup(g.Key, Figures(period, g, from, Earliest(to, now))))
                .ToList()
            : [];
        return new KpiReport(from, to, groupBy?.ToString().ToLowerInvariant(), options.Value.FcrWindowDays, now,
            overall, previous, KpiChange.Between(overall, previous), groups);
    }

    /// <summary>One row per conversation the customer wrote in, started in the period, with every KPI field.</summary>
    public async Task<IReadOnlyList<ConversationKpiRow>> ConversationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var period = await LoadAsync(from, to, cancellationToken);
        return [.. period.Current.Select(i => ConversationKpiRow.From(period.Facts[i], period.Verdicts[i]))];
    }

    private async Task<Period> LoadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var window = options.Value.FcrWindow;
        var previousFrom = from - (to - from);
        // Back far enough for the previous period's repeat complaints, forward far enough to see customers return.
        var snapshot = await cache.ReadStartedAsync(previousFrom - window, to + window + TimeSpan.FromDays(1), cancellationToken);
        var facts = snapshot.Conversations;
        var verdicts = ConversationVerdicts.Judge(facts, window);
        List<int> current = [], previous = [];
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].CustomerMessages == 0) continue;
            if (facts[i].StartedAt >= from && facts[i].StartedAt < to) current.Add(i);
            else if (facts[i].StartedAt >= previousFrom && facts[i].StartedAt < from) previous.Add(i);
        }
        return new Period(facts, snapshot.Capacities, verdicts, current, previous);
    }

    private static KpiFigures Figures(Period period, IEnumerable<int> conversations, DateTimeOffset from, DateTimeOffset until)
    {
        var sums = new KpiAccumulator();
        foreach (var i in conversations) sums.Add(period.Facts[i], period.Verdicts[i]);
        return sums.ToFigures(period.Capacities, from, until);
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The loaded conversations (by start) with their verdicts, and which of them fall in each period.</summary>
    private sealed record Period(IReadOnlyList<ConversationFacts> Facts, IReadOnlyDictionary<string, int> Capacities,
        ConversationVerdict[] Verdicts, List<int> Current, List<int> Previous);
}
