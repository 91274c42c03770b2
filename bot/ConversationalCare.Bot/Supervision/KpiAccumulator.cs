namespace ConversationalCare.Bot.Supervision;

/// <summary>Sums and samples for one group of conversations, turned into <see cref="KpiFigures"/> at the end.</summary>
internal sealed class KpiAccumulator
{
    private int _conversations, _contained, _escalated, _firstContact, _complaints, _repeatComplaints;
    private int _handoffs, _breached, _surveysAsked, _surveysAnswered, _satisfied, _transfers, _handled;
    private double _csatTotal, _handlingSeconds, _responseSeconds;
    private int _responses;
    private readonly Dictionary<string, int> _byReason = new(StringComparer.Ordinal);
    private readonly List<double> _botFirstResponses = [], _firstResponses = [], _queueWaits = [];
    private readonly List<HandlingSegment> _segments = [];

    public void Add(ConversationFacts facts, ConversationVerdict verdict)
    {
        _conversations++;
        if (!facts.Escalated && !verdict.Reopened) _contained++;
        if (verdict.ResolvedAtFirstContact) _firstContact++;
        if (verdict.Complaint) _complaints++;
        if (verdict.RepeatComplaint) _repeatComplaints++;
        if (facts.BotFirstResponse is { } bot) _botFirstResponses.Add(bot.TotalSeconds);
        _responseSeconds += facts.ResponseTotal.TotalSeconds;
        _responses += facts.Responses;
        if (facts.Escalated)
        {
            _escalated++;
            var reason = facts.Handoffs[0].Rule;
            _byReason[reason] = _byReason.GetValueOrDefault(reason) + 1;
        }
        foreach (var handoff in facts.Handoffs) AddHandoff(handoff);
    }

    private void AddHandoff(HandoffFacts handoff)
    {
        _handoffs++;
        _transfers += handoff.Transfers;
        if (handoff.SlaBreached) _breached++;
        if (handoff.QueueWait is { } wait) _queueWaits.Add(wait.TotalSeconds);
        if (handoff.FirstResponse is { } first) _firstResponses.Add(first.TotalSeconds);
        if (handoff.Handling is { } handling)
        {
            _handled++;
            _handlingSeconds += handling.TotalSeconds;
        }
        if (handoff.CsatAsked) _surveysAsked++;
        if (handoff.CsatScore is { } score)
        {
            _surveysAnswered++;
            _csatTotal += score;
            if (score >= 4) _satisfied++;
        }
        _segments.AddRange(handoff.Segments);
    }

    public KpiFigures ToFigures(IReadOnlyDictionary<string, int> capacities, DateTimeOffset from, DateTimeOffset until) => new(
        _conversations,
        _handoffs,
        Rate(_contained, _conversations),
        Rate(_escalated, _conversations),
        _byReason.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => (double)r.Value / _conversations),
        Percentile.Of(_botFirstResponses, 50),
        Percentile.Of(_botFirstResponses, 90),
        Percentile.Of(_firstResponses, 50),
        Percentile.Of(_firstResponses, 90),
        _responses == 0 ? null : _responseSeconds / _responses,
        _handled == 0 ? null : _handlingSeconds / _handled,
        Rate(_firstContact, _conversations),
        _surveysAnswered == 0 ? null : _csatTotal / _surveysAnswered,
        Rate(_satisfied, _surveysAnswered),
        Rate(_surveysAnswered, _surveysAsked),
        Rate(_complaints, _conversations),
        Rate(_repeatComplaints, _complaints),
        Rate(_breached, _handoffs),
        Percentile.Of(_queueWaits, 50),
        Percentile.Of(_queueWaits, 90),
        AgentUtilisation.Of(_segments, capacities, from, until),
        _transfers);

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
