namespace ConversationalCare.Bot.Administration.Audit;

/// <summary>
/// One administrative change: who did what to which thing when, and the thing before and after (JSON, masked, with
/// secrets and passwords never included). Append-only; nothing updates or deletes an entry.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string actor, string action, string subject, string? before, string? after)
    {
        At = at;
        Actor = actor;
        Action = action;
        Subject = subject;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The user name of whoever made the change, or "system" / "cli" for the host and the command line.</summary>
    public string Actor { get; private set; } = "";
    /// <summary>Dotted verb such as "user.created", "team.renamed", "routing.replaced", "customer.erased".</summary>
    public string Action { get; private set; } = "";
    /// <summary>What was changed: a user name, a team name, a customer id.</summary>
    public string Subject { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
}
