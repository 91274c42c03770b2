namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// The port for what a supervisor has to act on now: unhappy customers to call back, first responses at risk and
/// intent spikes. The bot raises and stores them and settles races; the console shows them and passes decisions on.
/// </summary>
public interface ISupervisionAlerts
{
    /// <summary>Unfinished follow-ups (oldest first), unacknowledged SLA alerts (breaches first) and active incidents.</summary>
    Task<OpenAlerts> OpenAsync(CancellationToken cancellationToken);

    /// <summary>User names a follow-up can be assigned to (agents and supervisors), in order.</summary>
    Task<IReadOnlyList<string>> AssigneesAsync(CancellationToken cancellationToken);

    Task<AlertAction> AssignFollowUpAsync(Guid followUpId, string assignee, string supervisor, CancellationToken cancellationToken);

    /// <summary>Only an assigned follow-up can be completed: someone must have called the customer.</summary>
    Task<AlertAction> CompleteFollowUpAsync(Guid followUpId, string outcome, string supervisor, CancellationToken cancellationToken);

    Task<AlertAction> AcknowledgeSlaAlertAsync(Guid alertId, string supervisor, CancellationToken cancellationToken);
}

public sealed record OpenAlerts(IReadOnlyList<FollowUpItem> FollowUps, IReadOnlyList<SlaAlertItem> SlaAlerts, IReadOnlyList<IncidentItem> Incidents)
{
    public static readonly OpenAlerts None = new([], [], []);
}

/// <summary>A CSAT of 1–2 to follow up; the customer is a pseudonym and the comment is masked.</summary>
public sealed record FollowUpItem(Guid Id, string ConversationId, int CsatScore, string? Comment, string Customer, DateTimeOffset CreatedAt,
    string? AssignedTo, DateTimeOffset? AssignedAt);

public sealed record SlaAlertItem(Guid Id, string ConversationId, bool Breached, int Priority, string Team, DateTimeOffset DueAt, DateTimeOffset RaisedAt);

/// <summary>An intent far above its usual hourly volume; <see cref="Samples"/> are recent customer messages, masked.</summary>
public sealed record IncidentItem(Guid Id, string Intent, int Count, double BaselineMean, double BaselineDeviation, DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt, IReadOnlyList<string> Samples);

public enum AlertActionOutcome
{
    Done,
    /// <summary>The follow-up or alert no longer exists.</summary>
    NotFound,
    /// <summary>Someone completed the follow-up first (<see cref="AlertAction.HandledBy"/> says who).</summary>
    AlreadyCompleted,
    /// <summary>Completing a follow-up nobody was assigned to.</summary>
    NotAssigned,
    /// <summary>Someone acknowledged the SLA alert first.</summary>
    AlreadyAcknowledged,
    /// <summary>The assignee is not a console user.</summary>
    UnknownUser,
}

/// <param name="HandledBy">Who got there first, when the outcome is that someone did.</param>
public sealed record AlertAction(AlertActionOutcome Outcome, string? HandledBy = null)
{
    public static readonly AlertAction Done = new(AlertActionOutcome.Done);
}
