namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// How much of their chat capacity agents used while working. Sign-in history is not stored, so an agent counts as
/// working in every clock hour (UTC) in which they held a conversation: busy chat-seconds ÷ (capacity × 3600 × those hours).
/// </summary>
public static class AgentUtilisation
{
    private static readonly long HourTicks = TimeSpan.TicksPerHour;

    public static double? Of(IEnumerable<HandlingSegment> segments, IReadOnlyDictionary<string, int> capacities,
        DateTimeOffset from, DateTimeOffset until)
    {
        var busy = new Dictionary<string, (double Seconds, HashSet<long> Hours)>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var start = segment.From > from ? segment.From : from;
            var end = segment.To < until ? segment.To : until;
            if (end <= start) continue;
            if (!busy.TryGetValue(segment.Agent, out var agent)) busy[segment.Agent] = agent = (0, []);
            for (var hour = start.UtcTicks / HourTicks; hour * HourTicks < end.UtcTicks; hour++) agent.Hours.Add(hour);
            busy[segment.Agent] = (agent.Seconds + (end - start).TotalSeconds, agent.Hours);
        }
        var available = busy.Sum(a => Math.Max(1, capacities.GetValueOrDefault(a.Key, 1)) * 3600.0 * a.Value.Hours.Count);
        return available == 0 ? null : busy.Sum(a => a.Value.Seconds) / available;
    }
}
