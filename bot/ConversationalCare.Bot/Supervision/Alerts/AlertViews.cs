namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>What a supervisor has to act on now.</summary>
public sealed record AlertBoardView(IReadOnlyList<FollowUpView> FollowUps, IReadOnlyList<SlaAlertView> SlaAlerts, IReadOnlyList<IncidentView> Incidents);

/// <param name="Comment">The customer's survey comment, masked; null until they add one.</param>
public sealed record FollowUpView(Guid Id, string ConversationId, int CsatScore, string? Comment, string Customer, DateTimeOffset CreatedAt,
    string Status, string? AssignedTo, DateTimeOffset? AssignedAt, string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt);

public sealed record SlaAlertView(Guid Id, string ConversationId, string Kind, int Priority, string Team, DateTimeOffset DueAt,
    DateTimeOffset RaisedAt, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt);

public sealed record IncidentView(Guid Id, string Intent, int Count, int PeakCount, double BaselineMean, double BaselineDeviation,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt, IReadOnlyList<string> Samples);

public static class AlertViewMapping
{
    public static FollowUpView ToDto(this FollowUpTask t, string? comment) =>
        new(t.Id, t.ConversationId, t.CsatScore, comment, t.CustomerPseudonym, t.CreatedAt, t.Status.ToString().ToLowerInvariant(),
            t.AssignedTo, t.AssignedAt, t.Outcome, t.CompletedBy, t.CompletedAt);

    public static SlaAlertView ToDto(this SlaAlert a) =>
        new(a.Id, a.ConversationId, a.Kind, a.Priority, a.Team, a.DueAt, a.RaisedAt, a.AcknowledgedBy, a.AcknowledgedAt);

    public static IncidentView ToDto(this IntentIncident i) =>
        new(i.Id, i.Intent, i.Count, i.PeakCount, i.BaselineMean, i.BaselineDeviation, i.StartedAt, i.UpdatedAt, i.ClosedAt, i.Samples);
}
