namespace ConversationalCare.HandoffConsole.Tests.Handoff;

/// <summary>Handoffs as the bot's desk would describe them, with every field filled the way a real one is.</summary>
public static class SampleHandoffs
{
    public static QueueItem Item(string id, string customer, DateTimeOffset requestedAt, int priority = 2,
        TimeSpan? target = null, SlaState sla = SlaState.OnTrack, string? owner = null, string? offeredTo = null,
        int? position = 1, string status = "Waiting") =>
        new(id, customer, "directline", "en-US", status, priority, "orders", "Customer asked for a person",
            requestedAt, requestedAt + (target ?? TimeSpan.FromMinutes(3)), AtRiskAt(requestedAt, target ?? TimeSpan.FromMinutes(3)),
            sla, owner, offeredTo, "frustration", 0.82, "This is the third time I ask!", position);

    /// <summary>The bot's default: at risk after three quarters of the first-response target.</summary>
    public static DateTimeOffset AtRiskAt(DateTimeOffset requestedAt, TimeSpan target) => requestedAt + target * 0.75;

    public static HandoffContext Context(string id, DateTimeOffset requestedAt, string? owner = "alice",
        string status = "Assigned", string locale = "en-US", string customer = "Alice Chen")
    {
        var summary = new ConversationSummary(id, "directline", customer, locale, status, requestedAt.AddMinutes(-5),
            requestedAt, 3, "Where is my parcel?");
        var handoff = new HandoffInfo(Guid.NewGuid(), status, "customer-asked", "Asked for a person twice", 2, "orders",
            requestedAt, owner, null, requestedAt.AddMinutes(3), AtRiskAt(requestedAt, TimeSpan.FromMinutes(3)), null, SlaState.OnTrack, null, null, null, null);
        TranscriptLine[] transcript =
        [
            new(1, requestedAt.AddMinutes(-5), "customer", "message", "Where is my parcel?", [],
                new LineUnderstanding("order.track", 0.91, "anxiety", 0.4, -0.3)),
            new(2, requestedAt.AddMinutes(-4), "bot", "message", "You can track it in **My orders**.", []),
            new(3, requestedAt.AddMinutes(-1), "customer", "message", "It still says pending, order 12345", [],
                new LineUnderstanding("order.track", 0.88, "frustration", 0.8, -0.7)),
        ];
        return new HandoffContext(summary, handoff,
            new CustomerProfile(customer, "directline", locale, "VIP", requestedAt.AddDays(-200)),
            transcript, [-0.3, -0.7],
            [new OfferedArticle("track-order", "How do I track my order?", requestedAt.AddMinutes(-4), "notHelpful")],
            [new FoundEntity("order", "12345")],
            "Customer's order 12345 shows pending; tracking answer did not help.",
            [new PreviousConversation("old-1", requestedAt.AddDays(-30), "returns.start", "resolved")],
            [new AgentNote("bob", "Called the courier already.", requestedAt.AddMinutes(-2))]);
    }
}
