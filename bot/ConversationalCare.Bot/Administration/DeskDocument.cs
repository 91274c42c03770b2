using System.Text.Json;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration;

/// <summary>
/// Reads and changes one <see cref="DeskSetting"/> as a typed document. A change is a conditional update on the JSON
/// it was computed from, so two admins changing the same document at once cannot silently undo each other; the
/// loser recomputes from what the winner saved. The audit entry commits with the change.
/// </summary>
internal sealed class DeskDocument<T>(string key, IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock) where T : class
{
    private const int Attempts = 5;
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(T? Value, DeskSetting? Row)> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.DeskSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        return (row is null ? null : JsonSerializer.Deserialize<T>(row.Json, Json), row);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when never set) and saves what it returns with
    /// its audit entry; a null change result means "nothing to do".
    /// </summary>
    public async Task<TResult?> ChangeAsync<TResult>(string actor, string action, string subject,
        Func<T?, (T Next, TResult Result, object? AuditBefore, object? AuditAfter)?> change, CancellationToken cancellationToken)
        where TResult : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var row = await db.DeskSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
            var planned = change(row is null ? null : JsonSerializer.Deserialize<T>(row.Json, Json));
            if (planned is not { } plan) return null;
            var json = JsonSerializer.Serialize(plan.Next, Json);
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (row is null) db.DeskSettings.Add(new DeskSetting(key, json, actor, now));
                else if (await db.DeskSettings.Where(s => s.Key == key && s.Json == row.Json).ExecuteUpdateAsync(set => set
                             .SetProperty(s => s.Json, json).SetProperty(s => s.UpdatedBy, actor).SetProperty(s => s.UpdatedAt, now), cancellationToken) != 1)
                {
                    if (attempt == Attempts) throw new DbUpdateConcurrencyException($"'{key}' kept changing underneath {actor}.");
                    continue; // someone else saved first: recompute from theirs
                }
                audit.Record(db, actor, action, subject, plan.AuditBefore, plan.AuditAfter);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return plan.Result;
            }
            catch (DbUpdateException) when (row is null && attempt < Attempts)
            {
                // Another admin created the document first (same primary key): recompute from theirs.
            }
        }
    }
}
