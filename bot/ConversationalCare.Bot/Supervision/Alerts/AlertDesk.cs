using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Supervision;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>
/// The console's alerts port over <see cref="AlertBoard"/>: the supervisor page reads and changes exactly what
/// /api/reports/alerts does, with the same conditional updates deciding races.
/// </summary>
public sealed class AlertDesk(AlertBoard board, IServiceScopeFactory scopes) : ISupervisionAlerts
{
    public async Task<OpenAlerts> OpenAsync(CancellationToken cancellationToken)
    {
        var open = await board.OpenAsync(cancellationToken);
        return new OpenAlerts(
            [.. open.FollowUps.Select(f => new FollowUpItem(f.Id, f.ConversationId, f.CsatScore, f.Comment, f.Customer, f.CreatedAt, f.AssignedTo, f.AssignedAt))],
            [.. open.SlaAlerts.Select(a => new SlaAlertItem(a.Id, a.ConversationId, a.Kind == SlaAlertKinds.Breach, a.Priority, a.Team, a.DueAt, a.RaisedAt))],
            [.. open.Incidents.Select(i => new IncidentItem(i.Id, i.Intent, i.Count, i.BaselineMean, i.BaselineDeviation, i.StartedAt, i.UpdatedAt, i.Samples))]);
    }

    public async Task<IReadOnlyList<string>> AssigneesAsync(CancellationToken cancellationToken)
    {
        // UserManager is scoped (it holds a DbContext); this port is a singleton like the other desks.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in (string[])[ConsoleRoles.Agent, ConsoleRoles.Supervisor])
            foreach (var user in await users.GetUsersInRoleAsync(role))
                if (user.UserName is { } name) names.Add(name);
        return [.. names];
    }

    public async Task<AlertAction> AssignFollowUpAsync(Guid followUpId, string assignee, string supervisor, CancellationToken cancellationToken)
    {
        var (change, task) = await board.AssignAsync(followUpId, assignee, supervisor, cancellationToken);
        return Outcome(change, task);
    }

    public async Task<AlertAction> CompleteFollowUpAsync(Guid followUpId, string outcome, string supervisor, CancellationToken cancellationToken)
    {
        var (change, task) = await board.CompleteAsync(followUpId, outcome, supervisor, cancellationToken);
        return Outcome(change, task);
    }

    public async Task<AlertAction> AcknowledgeSlaAlertAsync(Guid alertId, string supervisor, CancellationToken cancellationToken)
    {
        var (change, alert) = await board.AcknowledgeAsync(alertId, supervisor, cancellationToken);
        return change switch
        {
            AlertChange.Done => AlertAction.Done,
            AlertChange.NotFound => new AlertAction(AlertActionOutcome.NotFound),
            _ => new AlertAction(AlertActionOutcome.AlreadyAcknowledged, alert?.AcknowledgedBy),
        };
    }

    /// <summary>The board answers Conflict for both "already done" and "not assigned yet"; the task's status tells which.</summary>
    private static AlertAction Outcome(AlertChange change, FollowUpView? task) => change switch
    {
        AlertChange.Done => AlertAction.Done,
        AlertChange.NotFound => new AlertAction(AlertActionOutcome.NotFound),
        AlertChange.UnknownUser => new AlertAction(AlertActionOutcome.UnknownUser),
        _ when task?.Status == "done" => new AlertAction(AlertActionOutcome.AlreadyCompleted, task.CompletedBy),
        _ => new AlertAction(AlertActionOutcome.NotAssigned),
    };
}
