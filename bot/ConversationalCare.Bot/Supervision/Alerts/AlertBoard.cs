using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Context;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Supervision.Alerts;

public enum AlertChange { Done, NotFound, Conflict, UnknownUser }

/// <summary>Reads the open alerts and applies supervisors' decisions on them (assign, complete, acknowledge).</summary>
public sealed class AlertBoard(IDbContextFactory<CareDb> dbFactory, TimeProvider clock)
{
    public async Task<AlertBoardView> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tasks = await db.FollowUpTasks.AsNoTracking().Where(t => t.Status != FollowUpStatus.Done).ToListAsync(cancellationToken);
        // The survey comment arrives after the score, so it is read from the handoff rather than copied at creation.
        var handoffIds = tasks.Select(t => t.HandoffId).ToList();
        var comments = await db.Handoffs.AsNoTracking().Where(h => handoffIds.Contains(h.Id))
            .Select(h => new { h.Id, h.CsatComment }).ToDictionaryAsync(h => h.Id, h => h.CsatComment, cancellationToken);
        var alerts = await db.SlaAlerts.AsNoTracking().Where(a => a.AcknowledgedAt == null).ToListAsync(cancellationToken);
        var incidents = await db.IntentIncidents.AsNoTracking().Where(i => i.ClosedAt == null).ToListAsync(cancellationToken);
        return new AlertBoardView(
            tasks.OrderBy(t => t.CreatedAt).Select(t => t.ToDto(comments.GetValueOrDefault(t.HandoffId) is { Length: > 0 } c ? EntityFinder.Mask(c) : null)).ToList(),
            alerts.OrderBy(a => a.Kind == SlaAlertKinds.Breach ? 0 : 1).ThenBy(a => a.Priority).ThenBy(a => a.RaisedAt).Select(a => a.ToDto()).ToList(),
            incidents.OrderBy(i => i.StartedAt).Select(i => i.ToDto()).ToList());
    }

    public async Task<(AlertChange Change, FollowUpView? Task)> AssignAsync(Guid id, string user, string by, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var normalized = user.ToUpperInvariant();
            if (!await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken)) return (AlertChange.UnknownUser, null);
        }
        return await ChangeTaskAsync(id, t => t.Assign(user, by, clock.GetUtcNow()) || t.AssignedTo == user && t.Status == FollowUpStatus.Assigned, cancellationToken);
    }

    public Task<(AlertChange Change, FollowUpView? Task)> CompleteAsync(Guid id, string outcome, string by, CancellationToken cancellationToken) =>
        ChangeTaskAsync(id, t => t.Complete(outcome, by, clock.GetUtcNow()), cancellationToken);

    public async Task<(AlertChange Change, SlaAlertView? Alert)> AcknowledgeAsync(Guid id, string by, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // A conditional update: of two supervisors acknowledging at once, one wins and the other hears it was done.
        var changed = await db.SlaAlerts.Where(a => a.Id == id && a.AcknowledgedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.AcknowledgedAt, now).SetProperty(a => a.AcknowledgedBy, by), cancellationToken);
        var alert = await db.SlaAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null) return (AlertChange.NotFound, null);
        return (changed == 1 ? AlertChange.Done : AlertChange.Conflict, alert.ToDto());
    }

    /// <summary>Applies a change on the current row, stored only if nobody changed it meanwhile (version check).</summary>
    private async Task<(AlertChange, FollowUpView?)> ChangeTaskAsync(Guid id, Func<FollowUpTask, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var task = await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (task is null) return (AlertChange.NotFound, null);
            if (!change(task)) return (AlertChange.Conflict, task.ToDto(null));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var comment = await db.Handoffs.Where(h => h.Id == task.HandoffId).Select(h => h.CsatComment).SingleOrDefaultAsync(cancellationToken);
                return (AlertChange.Done, task.ToDto(comment is { Length: > 0 } ? EntityFinder.Mask(comment) : null));
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Someone else changed this task first; decide again on what is there now.
            }
        }
    }
}
