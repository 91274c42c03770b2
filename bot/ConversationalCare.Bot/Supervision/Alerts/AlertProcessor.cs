using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>
/// Follows the handoff audit trail (like <see cref="ResolutionLearner"/>) and turns low CSAT scores into follow-up
/// tasks and SLA warnings and breaches into alerts. Its position is a cursor in the database, so a restart or a
/// second instance carries on where it left off; unique indexes make a repeated read harmless.
/// </summary>
public sealed class AlertProcessor(IDbContextFactory<CareDb> dbFactory, IOptions<AlertOptions> options, TimeProvider clock,
    ILogger<AlertProcessor> logger) : BackgroundService
{
    public const string CursorName = "supervision-alerts";
    private const int Batch = 50;
    // Ids are handed out before commit; younger events wait a pass rather than being skipped by a later id.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private static readonly string[] Kinds = [HandoffEventKinds.CsatScored, HandoffEventKinds.SlaWarning, HandoffEventKinds.SlaBreached];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { while (await CatchUpAsync(stoppingToken) == Batch) { } }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception error) { logger.LogError(error, "Raising supervision alerts failed; trying again in a second"); }
        }
    }

    /// <summary>Reads CSAT and SLA events after the cursor; returns how many it looked at.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var position = await PositionAsync(db, cancellationToken);
        var settled = clock.GetUtcNow() - Settle;
        var events = await db.HandoffEvents.AsNoTracking()
            .Where(e => e.Id > position && Kinds.Contains(e.Kind) && e.At <= settled)
            .OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        if (events.Count == 0) return 0;
        foreach (var handoffEvent in events)
            if (await AlertForAsync(db, handoffEvent, cancellationToken) is { } alert)
                await StoreAsync(alert, handoffEvent, cancellationToken);
        var last = events[^1].Id;
        // Only ever forward: another instance that got further keeps its position.
        await db.LearningCursors.Where(c => c.Name == CursorName && c.Position < last)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Position, last), cancellationToken);
        return events.Count;
    }

    private async Task<object?> AlertForAsync(CareDb db, HandoffEvent e, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.AsNoTracking().SingleOrDefaultAsync(h => h.Id == e.HandoffId, cancellationToken);
        if (handoff is null) return null;
        if (e.Kind == HandoffEventKinds.CsatScored)
            return handoff.CsatScore is { } score && score <= options.Value.FollowUpCsatAtMost
                ? new FollowUpTask(handoff.Id, e.Id, handoff.ConversationId, score, ConversationKpiRow.Pseudonym(handoff.CustomerId), e.At)
                : null;
        var kind = e.Kind == HandoffEventKinds.SlaBreached ? SlaAlertKinds.Breach : SlaAlertKinds.NearBreach;
        return new SlaAlert(e.Id, handoff.Id, handoff.ConversationId, kind, handoff.Priority, handoff.Team, handoff.FirstResponseDueAt, e.At);
    }

    private async Task StoreAsync(object alert, HandoffEvent e, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var exists = alert is FollowUpTask task
            ? await db.FollowUpTasks.AnyAsync(t => t.HandoffId == task.HandoffId, cancellationToken)
            : await db.SlaAlerts.AnyAsync(a => a.HandoffEventId == e.Id, cancellationToken);
        if (exists) return;
        db.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Raised a {Alert} for {ConversationId} from its {Kind} event", alert.GetType().Name, e.ConversationId, e.Kind);
        }
        catch (DbUpdateException)
        {
            // Another instance stored it first; the unique index decided.
        }
    }

    private static async Task<long> PositionAsync(CareDb db, CancellationToken cancellationToken)
    {
        if (await db.LearningCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Name == CursorName, cancellationToken) is { } cursor)
            return cursor.Position;
        db.LearningCursors.Add(new LearningCursor(CursorName));
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        return 0;
    }
}
