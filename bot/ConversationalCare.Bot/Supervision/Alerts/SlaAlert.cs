namespace ConversationalCare.Bot.Supervision.Alerts;

public static class SlaAlertKinds
{
    public const string NearBreach = "near-breach";
    public const string Breach = "breach";
}

/// <summary>
/// A first response at risk or missed, raised from the handoff's sla-warning / sla-breached event and open until a
/// supervisor acknowledges it. One per event (a unique index), so re-reading the trail raises nothing twice.
/// </summary>
public sealed class SlaAlert
{
    private SlaAlert() { }

    public SlaAlert(long handoffEventId, Guid handoffId, string conversationId, string kind, int priority, string team,
        DateTimeOffset dueAt, DateTimeOffset raisedAt)
    {
        Id = Guid.NewGuid();
        HandoffEventId = handoffEventId;
        HandoffId = handoffId;
        ConversationId = conversationId;
        Kind = kind;
        Priority = priority;
        Team = team;
        DueAt = dueAt;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }
    public long HandoffEventId { get; private set; }
    public Guid HandoffId { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public int Priority { get; private set; }
    public string Team { get; private set; } = "";
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    public bool Acknowledge(string by, DateTimeOffset now)
    {
        if (!IsOpen) return false;
        (AcknowledgedBy, AcknowledgedAt) = (by, now);
        return true;
    }
}
