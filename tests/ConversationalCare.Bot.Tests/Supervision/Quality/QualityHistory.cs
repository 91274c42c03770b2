namespace ConversationalCare.Bot.Tests.Supervision.Quality;

/// <summary>
/// Resolved handoffs written straight into a care database for quality sampling and review. Week 45 of 2026 runs
/// from Monday 2 November to Sunday 8 November (UTC).
/// </summary>
public static class QualityHistory
{
    public static readonly DateTimeOffset WeekStart = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Resolves <paramref name="count"/> handoffs by <paramref name="agent"/>, one an hour from <paramref name="start"/>.</summary>
    public static IReadOnlyList<Guid> Resolved(HistoryWriter w, string agent, int count, DateTimeOffset start, string status = "Resolved",
        IReadOnlyList<Guid>? ids = null)
    {
        var written = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var at = start.AddHours(i);
            var id = ids?[i] ?? Guid.NewGuid();
            var conversation = $"{agent}-{at:yyyyMMddHH}-{id:N}"[..40];
            var customer = w.Customer($"customer-{id:N}", at);
            w.Conversation(conversation, customer, at, at.AddMinutes(20));
            w.Handoff(new HandoffRow(id, conversation, customer, status, "customer-asked", "general", at)
            {
                Owner = agent, ClaimedAt = at.AddMinutes(1), FirstAgentReplyAt = at.AddMinutes(2), ClosedAt = at.AddMinutes(15),
            });
            written.Add(id);
        }
        return written;
    }
}
