namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>The audit log as the console's Audit page reads it; the bot writes it with every administrative change.</summary>
public interface IAuditTrail
{
    Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery query, CancellationToken cancellationToken);
}

/// <summary>Before and After are JSON documents of the changed thing (secrets and passwords never included).</summary>
public sealed record AuditRecord(long Id, DateTimeOffset At, string Actor, string Action, string Subject, string? Before, string? After);

/// <summary>Which entries to read; <see cref="Action"/> matches a prefix ("user." finds every account change).</summary>
public sealed record AuditQuery(DateTimeOffset? From = null, DateTimeOffset? To = null, string? Actor = null,
    string? Action = null, string? Subject = null, int Take = 200);
