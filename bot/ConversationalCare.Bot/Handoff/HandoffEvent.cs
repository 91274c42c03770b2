namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// A past-tense fact about a handoff (requested, claimed, transferred, resolved, SLA breached…), kept forever:
/// the audit trail agents and supervisors read, and what the KPIs are computed from.
/// </summary>
public sealed class HandoffEvent
{
    private HandoffEvent() { }

    public HandoffEvent(Guid handoffId, string conversationId, string kind, string? actor, string? detail, DateTimeOffset at)
    {
        HandoffId = handoffId;
        ConversationId = conversationId;
        Kind = kind;
        Actor = actor;
        Detail = detail;
        At = at;
    }

    public long Id { get; private set; }
    public Guid HandoffId { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string? Actor { get; private set; }
    public string? Detail { get; private set; }
    public DateTimeOffset At { get; private set; }
}

public static class HandoffEventKinds
{
    public const string Requested = "requested";
    public const string Offered = "offered";
    public const string Claimed = "claimed";
    public const string AgentReplied = "agent-replied";
    public const string Transferred = "transferred";
    public const string Resolved = "resolved";
    public const string Released = "released";
    /// <summary>Taken from an agent who can no longer work (deactivated) and put back in the queue.</summary>
    public const string Returned = "returned";
    public const string AwaitingMessage = "awaiting-message";
    public const string TicketCreated = "ticket-created";
    public const string SlaWarning = "sla-warning";
    public const string SlaBreached = "sla-breached";
    public const string CsatAsked = "csat-asked";
    public const string CsatScored = "csat-scored";
    public const string NoteAdded = "note-added";
}
