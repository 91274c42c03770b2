using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Audit;

/// <summary>
/// Records administrative changes in the same unit of work as the change itself, so a change is never saved without
/// its audit entry (nor the entry without the change), and reads them back for the audit page and API.
/// </summary>
public sealed class AuditLog(IDbContextFactory<CareDb> dbFactory, TimeProvider clock) : IAuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the entry to <paramref name="db"/>; the caller's SaveChanges commits both.</summary>
    public void Record(CareDb db, string actor, string action, string subject, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor, action, subject, Serialize(before), Serialize(after)));

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(AuditQuery filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        // A period may arrive in the caller's local time; PostgreSQL compares timestamptz only with UTC values.
        if (filter.From?.ToUniversalTime() is { } from) query = query.Where(e => e.At >= from);
        if (filter.To?.ToUniversalTime() is { } to) query = query.Where(e => e.At < to);
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(e => e.Actor == filter.Actor);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(e => e.Action.StartsWith(filter.Action));
        if (!string.IsNullOrWhiteSpace(filter.Subject)) query = query.Where(e => e.Subject == filter.Subject);
        return await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(filter.Take)
            .Select(e => new AuditRecord(e.Id, e.At, e.Actor, e.Action, e.Subject, e.Before, e.After)).ToListAsync(cancellationToken);
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);
}
