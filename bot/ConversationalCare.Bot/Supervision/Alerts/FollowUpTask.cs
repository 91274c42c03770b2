namespace ConversationalCare.Bot.Supervision.Alerts;

public enum FollowUpStatus { Open, Assigned, Done }

/// <summary>
/// An unhappy customer (CSAT 1–2) to call back: a supervisor assigns it to someone, who notes the outcome.
/// One per handoff (a unique index), so a re-read csat-scored event cannot create a second task.
/// </summary>
public sealed class FollowUpTask
{
    private FollowUpTask() { }

    public FollowUpTask(Guid handoffId, long handoffEventId, string conversationId, int csatScore, string customerPseudonym, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        HandoffId = handoffId;
        HandoffEventId = handoffEventId;
        ConversationId = conversationId;
        CsatScore = csatScore;
        CustomerPseudonym = customerPseudonym;
        CreatedAt = createdAt;
        Status = FollowUpStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid HandoffId { get; private set; }
    public long HandoffEventId { get; private set; }
    public string ConversationId { get; private set; } = "";
    public int CsatScore { get; private set; }
    public string CustomerPseudonym { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public FollowUpStatus Status { get; private set; }
    public string? AssignedTo { get; private set; }
    public string? AssignedBy { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public string? Outcome { get; private set; }
    public string? CompletedBy { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public long Version { get; private set; }

    /// <summary>Assigns (or re-assigns) an unfinished task; a done task stays done.</summary>
    public bool Assign(string user, string by, DateTimeOffset now)
    {
        if (Status == FollowUpStatus.Done || AssignedTo == user) return false;
        (Status, AssignedTo, AssignedBy, AssignedAt) = (FollowUpStatus.Assigned, user, by, now);
        Version++;
        return true;
    }

    /// <summary>Only an assigned task can be completed: someone must have made the call.</summary>
    public bool Complete(string outcome, string by, DateTimeOffset now)
    {
        if (Status != FollowUpStatus.Assigned) return false;
        (Status, Outcome, CompletedBy, CompletedAt) = (FollowUpStatus.Done, outcome, by, now);
        Version++;
        return true;
    }
}
