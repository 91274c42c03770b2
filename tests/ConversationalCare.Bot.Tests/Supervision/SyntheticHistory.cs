using ConversationalCare.Bot.Handoff;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>
/// A small history whose KPIs are worked out by hand in <see cref="KpiComputationTests"/>. The report period is the
/// week from Monday 2 November 2026; the previous week holds one contained conversation.
/// </summary>
public static class SyntheticHistory
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset From = T0.AddHours(-9);
    public static readonly DateTimeOffset To = From.AddDays(7);
    public const string TeamsConversation = "msteams:+4915112345678";

    public static void Write(HistoryWriter w)
    {
        w.Agent("alice", 2, T0);
        w.Agent("bob", 1, T0);
        w.Agent("carol", 3, T0);
        var a = w.Customer("user-a", T0, name: "Kim Example");
        var b = w.Customer("user-b", T0);
        var d = w.Customer("user-d", T0);
        var e = w.Customer("29:teams-user-e", T0, channel: "msteams");
        var f = w.Customer("user-f", T0);
        var g = w.Customer("user-g", T0);
        var h = w.Customer("user-h", T0);

        // C1: the bot answers an order question after a greeting. Contained.
        Bot(w, "c1", a, T0, "en-US", (0, "user", "greeting"), (2, "bot", null), (10, "user", "order_status"), (13, "bot", null));
        // C2 and C3: the same customer asks about a refund again three days later (reopened inside the window)...
        Bot(w, "c2", b, T0.AddHours(1), "en-US", (0, "user", "returns_refunds"), (4, "bot", null));
        Bot(w, "c3", b, T0.AddDays(3), "en-US", (0, "user", "returns_refunds"), (6, "bot", null));
        // ...and once more ten days after that, outside the window (and outside the period): C3 stays resolved.
        Bot(w, "c4", b, T0.AddDays(13), "en-US", (0, "user", "returns_refunds"), (5, "bot", null));

        // C5: a complaint handed to Alice; the first response misses its SLA; CSAT 2.
        var c5 = T0.AddDays(1);
        Bot(w, "c5", d, c5, "zh-CN", (0, "user", "complaint"), (5, "bot", null), (125, "agent", null), (200, "user", null),
            (230, "agent", null), (665, "bot", null), (700, "user", null), (701, "bot", null));
        var h5 = Guid.NewGuid();
        w.Handoff(new HandoffRow(h5, "c5", d, "Resolved", EscalationRules.Complaint, "complaints", c5.AddSeconds(5))
        {
            Owner = "alice", ClaimedAt = c5.AddSeconds(65), FirstAgentReplyAt = c5.AddSeconds(125), SlaBreachedAt = c5.AddSeconds(65),
            ClosedAt = c5.AddSeconds(665), CsatAskedAt = c5.AddSeconds(665), CsatScore = 2,
        });
        Events(w, h5, "c5", c5, (5, "requested", null), (65, "sla-breached", null), (65, "claimed", "alice"), (125, "agent-replied", "alice"),
            (665, "resolved", "alice"), (665, "csat-asked", null), (700, "csat-scored", null));

        // C6: the same customer complains again the next day (a repeat complaint); Bob transfers to billing, Carol resolves;
        // the survey goes unanswered.
        var c6 = T0.AddDays(2);
        Bot(w, "c6", d, c6, "zh-CN", (0, "user", "complaint"), (3, "bot", null), (63, "agent", null), (100, "user", null),
            (160, "agent", null), (453, "bot", null));
        var h6 = Guid.NewGuid();
        w.Handoff(new HandoffRow(h6, "c6", d, "Resolved", EscalationRules.Complaint, "billing", c6.AddSeconds(3))
        {
            Owner = "carol", ClaimedAt = c6.AddSeconds(153), FirstAgentReplyAt = c6.AddSeconds(63), ClosedAt = c6.AddSeconds(453),
            CsatAskedAt = c6.AddSeconds(453), Transfers = 1,
        });
        Events(w, h6, "c6", c6, (3, "requested", null), (33, "claimed", "bob"), (63, "agent-replied", "bob"), (93, "transferred", "bob"),
            (153, "claimed", "carol"), (453, "resolved", "carol"), (453, "csat-asked", null));

        // C7: a Teams customer asks for a person; Alice resolves; CSAT 5.
        var c7 = T0.AddDays(4);
        Bot(w, TeamsConversation, e, c7, "en-GB", (0, "user", "technical_issue"), (2, "bot", null), (8, "user", "request_human"), (10, "bot", null),
            (30, "agent", null), (40, "user", null), (50, "agent", null), (320, "bot", null), (330, "user", null), (331, "bot", null));
        var h7 = Guid.NewGuid();
        w.Handoff(new HandoffRow(h7, TeamsConversation, e, "Resolved", EscalationRules.CustomerAsked, "technical", c7.AddSeconds(10))
        {
            Owner = "alice", ClaimedAt = c7.AddSeconds(20), FirstAgentReplyAt = c7.AddSeconds(30), ClosedAt = c7.AddSeconds(320),
            CsatAskedAt = c7.AddSeconds(320), CsatScore = 5,
        });
        Events(w, h7, TeamsConversation, c7, (10, "requested", null), (20, "claimed", "alice"), (30, "agent-replied", "alice"),
            (320, "resolved", "alice"), (320, "csat-asked", null), (330, "csat-scored", null));

        // C8: the widget opened, the customer never wrote: not a conversation for the KPIs.
        Bot(w, "c8", f, T0.AddDays(4), "en-US", (0, "bot", null));

        // C9: last week, a contained order question (the previous period).
        Bot(w, "c9", g, T0.AddDays(-3), "en-US", (0, "user", "order_status"), (1, "bot", null));

        // C10: nobody claims a billing handoff; it breaches its SLA and the customer gives up (released).
        var c10 = T0.AddDays(5);
        Bot(w, "c10", h, c10, "en-US", (0, "user", "billing_payment"), (4, "bot", null));
        var h10 = Guid.NewGuid();
        w.Handoff(new HandoffRow(h10, "c10", h, "Released", EscalationRules.RepeatedFailure, "billing", c10.AddSeconds(4))
        {
            SlaBreachedAt = c10.AddSeconds(184), ClosedAt = c10.AddSeconds(600),
        });
        Events(w, h10, "c10", c10, (4, "requested", null), (184, "sla-breached", null), (600, "released", null));
    }

    private static void Bot(HistoryWriter w, string id, Guid customer, DateTimeOffset start, string locale,
        params (int Second, string Role, string? Intent)[] messages)
    {
        var teams = id == TeamsConversation;
        w.Conversation(id, customer, start, start.AddSeconds(messages[^1].Second), locale,
            teams ? "msteams" : "directline", teams ? "19:meeting-thread" : null);
        w.Activity(id, 1, "bot", start, type: "typing");
        var sequence = 2;
        foreach (var (second, role, intent) in messages)
            w.Activity(id, sequence++, role, start.AddSeconds(second), intent, text: role == "user" ? "my email is kim@example.com" : null);
    }

    private static void Events(HistoryWriter w, Guid handoff, string conversation, DateTimeOffset start,
        params (int Second, string Kind, string? Actor)[] events)
    {
        foreach (var (second, kind, actor) in events) w.Event(handoff, conversation, kind, actor, start.AddSeconds(second));
    }
}
