using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Learning;
using ConversationalCare.Bot.Leases;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// Follows the handoff audit trail for some event kinds, once a second, and hands each new event to
/// <see cref="HandleAsync"/>. One host at a time follows (a lease named after the cursor); the position is a named
/// cursor in the database, so a restart or the host that takes over carries on where it left off, and handlers keep
/// a repeated read harmless (unique indexes) for the moment a host that lost its lease is still finishing a batch.
/// </summary>
public abstract class HandoffTrailFollower(IDbContextFactory<CareDb> dbFactory, TimeProvider clock, ILogger logger) : ILeasedWork
{
    protected IDbContextFactory<CareDb> Databases { get; } = dbFactory;
    protected TimeProvider Clock { get; } = clock;
    protected ILogger Log { get; } = logger;

    private const int Batch = 50;
    // Ids are handed out before commit; on a database with concurrent writers a lower id can land a moment later,
    // so events younger than this wait for the next pass rather than being skipped forever.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    protected abstract string Cursor { get; }
    protected abstract IReadOnlyList<string> Kinds { get; }
    /// <summary>What the follower does, for the log line when a pass fails.</summary>
    protected abstract string Work { get; }

    protected abstract Task HandleAsync(CareDb db, HandoffEvent handoffEvent, CancellationToken cancellationToken);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { while (await CatchUpAsync(stoppingToken) == Batch) { } }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception error) { Log.LogError(error, "{Work} failed; trying again in a second", Work); }
        }
    }

    /// <summary>Handles the events after the cursor; returns how many it looked at.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        var position = await PositionAsync(db, cancellationToken);
        var settled = Clock.GetUtcNow() - Settle;
        var kinds = Kinds;
        var events = await db.HandoffEvents.AsNoTracking()
            .Where(e => e.Id > position && kinds.Contains(e.Kind) && e.At <= settled)
            .OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        if (events.Count == 0) return 0;
        foreach (var handoffEvent in events) await HandleAsync(db, handoffEvent, cancellationToken);
        var last = events[^1].Id;
        var name = Cursor;
        // Only ever forward: another instance that got further keeps its position.
        await db.LearningCursors.Where(c => c.Name == name && c.Position < last)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Position, last), cancellationToken);
        return events.Count;
    }

    private async Task<long> PositionAsync(CareDb db, CancellationToken cancellationToken)
    {
        var name = Cursor;
        if (await db.LearningCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Name == name, cancellationToken) is { } cursor)
            return cursor.Position;
        db.LearningCursors.Add(new LearningCursor(name));
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        return 0;
    }
}
