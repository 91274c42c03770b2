namespace ConversationalCare.Bot.Handoff;

public enum HandoffStatus
{
    /// <summary>In the queue; the bot is silent and the customer sees their position.</summary>
    Waiting,
    /// <summary>One agent owns the conversation.</summary>
    Assigned,
    /// <summary>Nobody could take it now: the customer's next message becomes a ticket with a promised reply time.</summary>
    AwaitingMessage,
    /// <summary>The customer left a message; an agent replies later.</summary>
    Ticket,
    Resolved,
    /// <summary>Handed back to the bot without a resolution.</summary>
    Released,
}

/// <summary>
/// One hand-over of a conversation from the bot to people: why, how urgent, who owns it, and how it ended.
/// Ownership changes race across agents and host instances, so they are conditional updates on
/// <see cref="Version"/> (see HandoffStore); the methods here only validate and apply.
/// </summary>
public sealed class HandoffCase
{
    private HandoffCase() { }

    public HandoffCase(string conversationId, Guid customerId, EscalationDecision decision, Routing.HandoffRoute route,
        string locale, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ConversationId = conversationId;
        CustomerId = customerId;
        Rule = decision.Rule;
        ReasonDetail = decision.Reason;
        Priority = route.Priority;
        Team = route.Team;
        Locale = locale;
        RequestedAt = now;
        FirstResponseDueAt = now + Routing.ServiceHours.FirstResponseTarget(route.Hours, route.Priority);
        Status = HandoffStatus.Waiting;
    }

    public Guid Id { get; private set; }
    public string ConversationId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public HandoffStatus Status { get; private set; }
    /// <summary>The escalation rule that fired, e.g. "customer-asked" or "hot-emotion".</summary>
    public string Rule { get; private set; } = "";
    public string ReasonDetail { get; private set; } = "";
    /// <summary>1 is most urgent.</summary>
    public int Priority { get; private set; }
    public string Team { get; private set; } = Routing.DefaultTeams.General;
    public string Locale { get; private set; } = "en-US";
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>When the customer last joined the queue (a transfer re-queues); queue order uses it.</summary>
    public DateTimeOffset? QueuedAt { get; private set; }
    public DateTimeOffset FirstResponseDueAt { get; private set; }
    public string? OfferedTo { get; private set; }
    public string? Owner { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public DateTimeOffset? FirstAgentReplyAt { get; private set; }
    public DateTimeOffset? SlaWarnedAt { get; private set; }
    public DateTimeOffset? SlaBreachedAt { get; private set; }
    public DateTimeOffset? ReplyPromisedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? Disposition { get; private set; }
    public int TransferCount { get; private set; }
    public int? CsatScore { get; private set; }
    public string? CsatComment { get; private set; }
    public DateTimeOffset? CsatAskedAt { get; private set; }
    /// <summary>The queue position the customer was last told, so updates go out only when it changes.</summary>
    public int? AnnouncedPosition { get; private set; }
    public long Version { get; private set; }

    public static readonly System.Linq.Expressions.Expression<Func<HandoffCase, bool>> IsOpenQuery = h =>
        h.Status == HandoffStatus.Waiting || h.Status == HandoffStatus.Assigned
        || h.Status == HandoffStatus.AwaitingMessage || h.Status == HandoffStatus.Ticket;

    public bool AnnouncePosition(int position)
    {
        if (Status != HandoffStatus.Waiting || AnnouncedPosition == position) return false;
        AnnouncedPosition = position;
        Touch();
        return true;
    }

    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Assigned or HandoffStatus.AwaitingMessage or HandoffStatus.Ticket;

    /// <summary>A person (or the queue) has the conversation: the bot must not answer the customer.</summary>
    public bool SilencesBot => Status is HandoffStatus.Waiting or HandoffStatus.Assigned;

    public DateTimeOffset WaitingSince => QueuedAt ?? RequestedAt;

    internal void Touch() => Version++;

    public bool Offer(string? agent)
    {
        if (Status != HandoffStatus.Waiting || OfferedTo == agent) return false;
        OfferedTo = agent;
        Touch();
        return true;
    }

    /// <summary>Nobody can take it now: ask the customer to leave a message.</summary>
    public bool AwaitMessage()
    {
        if (Status != HandoffStatus.Waiting) return false;
        Status = HandoffStatus.AwaitingMessage;
        Touch();
        return true;
    }

    public bool BecomeTicket(DateTimeOffset promisedBy)
    {
        if (Status != HandoffStatus.AwaitingMessage) return false;
        Status = HandoffStatus.Ticket;
        ReplyPromisedBy = promisedBy;
        Touch();
        return true;
    }

    public bool RecordAgentReply(DateTimeOffset now)
    {
        if (FirstAgentReplyAt is not null) return false;
        FirstAgentReplyAt = now;
        Touch();
        return true;
    }

    public bool Transfer(string? agent, string team, DateTimeOffset now)
    {
        if (Status != HandoffStatus.Assigned) return false;
        Status = HandoffStatus.Waiting;
        Owner = null;
        ClaimedAt = null;
        OfferedTo = agent;
        Team = team;
        QueuedAt = now;
        TransferCount++;
        Touch();
        return true;
    }

    /// <summary>
    /// The owner can no longer work (their account was deactivated): back to the front of their team's queue as it
    /// was, not a transfer, so the customer keeps their place and transfer counts stay what agents did.
    /// </summary>
    public bool ReturnToQueue()
    {
        if (Status != HandoffStatus.Assigned) return false;
        Status = HandoffStatus.Waiting;
        Owner = null;
        ClaimedAt = null;
        OfferedTo = null;
        Touch();
        return true;
    }

    public bool Close(HandoffStatus outcome, string? disposition, DateTimeOffset now)
    {
        if (!IsOpen || outcome is not (HandoffStatus.Resolved or HandoffStatus.Released)) return false;
        Status = outcome;
        Disposition = disposition;
        ClosedAt = now;
        Touch();
        return true;
    }

    public bool SlaWarned(DateTimeOffset now)
    {
        if (SlaWarnedAt is not null) return false;
        SlaWarnedAt = now;
        Touch();
        return true;
    }

    public bool SlaBreached(DateTimeOffset now)
    {
        if (SlaBreachedAt is not null || FirstAgentReplyAt is not null) return false;
        SlaBreachedAt = now;
        Touch();
        return true;
    }

    public bool AskCsat(DateTimeOffset now)
    {
        if (Status != HandoffStatus.Resolved || CsatAskedAt is not null) return false;
        CsatAskedAt = now;
        Touch();
        return true;
    }

    public bool ScoreCsat(int score)
    {
        if (CsatAskedAt is null || CsatScore is not null || score is < 1 or > 5) return false;
        CsatScore = score;
        Touch();
        return true;
    }

    /// <summary>Ends the survey; an empty comment means the customer chose not to add one.</summary>
    public bool CommentCsat(string? comment)
    {
        if (CsatScore is null || CsatComment is not null) return false;
        CsatComment = comment?.Trim() ?? "";
        Touch();
        return true;
    }
}
