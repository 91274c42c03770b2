using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>
/// Follows the handoff audit trail and turns low CSAT scores into follow-up
/// tasks and SLA warnings and breaches into alerts, on one host at a time (see <see cref="HandoffTrailFollower"/>). Its
/// position is a cursor in the database, so a restart or a take-over carries on where it left off; unique indexes make
/// a repeated read harmless.
/// </summary>
public sealed class AlertProcessor(IDbContextFactory<CareDb> dbFactory, IOptions<AlertOptions> options, TimeProvider clock,
    ILogger<AlertProcessor> logger) : HandoffTrailFollower(dbFactory, clock, logger)
{
    public const string CursorName = "supervision-alerts";
    private static readonly string[] Watched = [HandoffEventKinds.CsatScored, HandoffEventKinds.SlaWarning, HandoffEventKinds.SlaBreached];

    protected override string Cursor => CursorName;
    protected override IReadOnlyList<string> Kinds => Watched;
    protected override string Work => "Raising supervision alerts";

    protected override async Task HandleAsync(CareDb db, HandoffEvent handoffEvent, CancellationToken cancellationToken)
    {
        if (await AlertForAsync(db, handoffEvent, cancellationToken) is { } alert)
            await StoreAsync(alert, handoffEvent, cancellationToken);
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
        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        var exists = alert is FollowUpTask task
            ? await db.FollowUpTasks.AnyAsync(t => t.HandoffId == task.HandoffId, cancellationToken)
            : await db.SlaAlerts.AnyAsync(a => a.HandoffEventId == e.Id, cancellationToken);
        if (exists) return;
        db.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Log.LogInformation("Raised a {Alert} for {ConversationId} from its {Kind} event", alert.GetType().Name, e.ConversationId, e.Kind);
        }
        catch (DbUpdateException)
        {
            // Another instance stored it first; the unique index decided.
        }
    }
}
