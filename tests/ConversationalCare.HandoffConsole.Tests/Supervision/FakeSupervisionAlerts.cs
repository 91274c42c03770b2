using ConversationalCare.HandoffConsole.Supervision;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

/// <summary>
/// Open alerts a test sets, changed by the page's actions the way the bot's board changes them: an assignment
/// sticks, a completed follow-up or acknowledged alert leaves the open list, a second hand gets "already handled".
/// </summary>
public sealed class FakeSupervisionAlerts : ISupervisionAlerts
{
    private readonly object gate = new();
    private readonly Dictionary<Guid, string> completedBy = [];
    private readonly Dictionary<Guid, string> acknowledgedBy = [];

    public List<FollowUpItem> FollowUps { get; } = [];

    public List<SlaAlertItem> SlaAlerts { get; } = [];

    public List<IncidentItem> Incidents { get; } = [];

    public List<string> Users { get; } = ["alice", "bob", "sam"];

    public List<string> Commands { get; } = [];

    public int Reads { get; private set; }

    public Task<OpenAlerts> OpenAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Reads++;
            return Task.FromResult(new OpenAlerts([.. FollowUps], [.. SlaAlerts], [.. Incidents]));
        }
    }

    public Task<IReadOnlyList<string>> AssigneesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Users]);

    /// <summary>Another supervisor completes the follow-up behind this page's back.</summary>
    public void CompleteElsewhere(Guid id, string by)
    {
        lock (gate)
        {
            FollowUps.RemoveAll(f => f.Id == id);
            completedBy[id] = by;
        }
    }

    public void AcknowledgeElsewhere(Guid id, string by)
    {
        lock (gate)
        {
            SlaAlerts.RemoveAll(a => a.Id == id);
            acknowledgedBy[id] = by;
        }
    }

    public Task<AlertAction> AssignFollowUpAsync(Guid followUpId, string assignee, string supervisor, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Commands.Add($"assign {followUpId} to {assignee} by {supervisor}");
            if (completedBy.TryGetValue(followUpId, out var by)) return Answer(AlertActionOutcome.AlreadyCompleted, by);
            if (!Users.Contains(assignee)) return Answer(AlertActionOutcome.UnknownUser);
            var index = FollowUps.FindIndex(f => f.Id == followUpId);
            if (index < 0) return Answer(AlertActionOutcome.NotFound);
            FollowUps[index] = FollowUps[index] with { AssignedTo = assignee, AssignedAt = DateTimeOffset.UnixEpoch };
            return Task.FromResult(AlertAction.Done);
        }
    }

    public Task<AlertAction> CompleteFollowUpAsync(Guid followUpId, string outcome, string supervisor, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Commands.Add($"complete {followUpId} by {supervisor}: {outcome}");
            if (completedBy.TryGetValue(followUpId, out var by)) return Answer(AlertActionOutcome.AlreadyCompleted, by);
            var item = FollowUps.SingleOrDefault(f => f.Id == followUpId);
            if (item is null) return Answer(AlertActionOutcome.NotFound);
            if (item.AssignedTo is null) return Answer(AlertActionOutcome.NotAssigned);
            CompleteElsewhere(followUpId, supervisor);
            return Task.FromResult(AlertAction.Done);
        }
    }

    public Task<AlertAction> AcknowledgeSlaAlertAsync(Guid alertId, string supervisor, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Commands.Add($"acknowledge {alertId} by {supervisor}");
            if (acknowledgedBy.TryGetValue(alertId, out var by)) return Answer(AlertActionOutcome.AlreadyAcknowledged, by);
            if (SlaAlerts.RemoveAll(a => a.Id == alertId) == 0) return Answer(AlertActionOutcome.NotFound);
            acknowledgedBy[alertId] = supervisor;
            return Task.FromResult(AlertAction.Done);
        }
    }

    private static Task<AlertAction> Answer(AlertActionOutcome outcome, string? by = null) => Task.FromResult(new AlertAction(outcome, by));
}
