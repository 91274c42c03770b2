using System.Security.Claims;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Supervision.Alerts;

public sealed record AssignFollowUpRequest(string? User);
public sealed record CompleteFollowUpRequest(string? Outcome);

/// <summary>Supervisors' alerts over the agent API's bearer tokens: open follow-ups, SLA alerts, intent incidents.</summary>
public static class AlertEndpoints
{
    private const int MaxOutcomeLength = 2000;

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder endpoints)
    {
        var alerts = endpoints.MapGroup("/api/reports").WithTags("Alerts")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme, Roles = ConsoleRoles.Supervisor });
        alerts.MapGet("/alerts", async (AlertBoard board, CancellationToken ct) => TypedResults.Ok(await board.OpenAsync(ct)))
            .WithSummary("Open CSAT follow-up tasks, unacknowledged SLA alerts and active intent-spike incidents.");
        alerts.MapPost("/followups/{id}/assign", AssignAsync).WithSummary("Assigns a follow-up task to a user, who calls the customer back.");
        alerts.MapPost("/followups/{id}/complete", CompleteAsync).WithSummary("Completes an assigned follow-up task with a note of the outcome.");
        alerts.MapPost("/alerts/{id}/acknowledge", AcknowledgeAsync).WithSummary("Acknowledges an SLA alert.");
        return endpoints;
    }

    private static async Task<Results<Ok<FollowUpView>, ProblemHttpResult>> AssignAsync(string id, HttpRequest request,
        ClaimsPrincipal user, AlertBoard board, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var taskId)) return NotFound("follow-up task", id);
        var (body, error) = await BodyAsync<AssignFollowUpRequest>(request, ct);
        if (error is not null) return error;
        var assignee = body?.User?.Trim();
        if (string.IsNullOrEmpty(assignee)) return Invalid("user is required: the user name of whoever calls the customer back.");
        var (change, task) = await board.AssignAsync(taskId, assignee, Name(user), ct);
        return change switch
        {
            AlertChange.Done => TypedResults.Ok(task!),
            AlertChange.UnknownUser => Invalid($"There is no user '{assignee}'."),
            AlertChange.NotFound => NotFound("follow-up task", id),
            _ => Conflict($"Follow-up task {id} is already done."),
        };
    }

    private static async Task<Results<Ok<FollowUpView>, ProblemHttpResult>> CompleteAsync(string id, HttpRequest request,
        ClaimsPrincipal user, AlertBoard board, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var taskId)) return NotFound("follow-up task", id);
        var (body, error) = await BodyAsync<CompleteFollowUpRequest>(request, ct);
        if (error is not null) return error;
        var outcome = body?.Outcome?.Trim();
        if (string.IsNullOrEmpty(outcome)) return Invalid("outcome is required: a note of what came of the call.");
        if (outcome.Length > MaxOutcomeLength) return Invalid($"outcome may be at most {MaxOutcomeLength} characters.");
        var (change, task) = await board.CompleteAsync(taskId, outcome, Name(user), ct);
        return change switch
        {
            AlertChange.Done => TypedResults.Ok(task!),
            AlertChange.NotFound => NotFound("follow-up task", id),
            _ => Conflict(task!.Status == "done" ? $"Follow-up task {id} is already done." : $"Follow-up task {id} must be assigned before it is completed."),
        };
    }

    private static async Task<Results<Ok<SlaAlertView>, ProblemHttpResult>> AcknowledgeAsync(string id, ClaimsPrincipal user, AlertBoard board, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var alertId)) return NotFound("alert", id);
        var (change, alert) = await board.AcknowledgeAsync(alertId, Name(user), ct);
        return change switch
        {
            AlertChange.Done => TypedResults.Ok(alert!),
            AlertChange.NotFound => NotFound("alert", id),
            _ => Conflict($"Alert {id} was already acknowledged by {alert!.AcknowledgedBy}."),
        };
    }

    /// <summary>Reads the JSON body here so malformed JSON gets the same problem details as every other bad input.</summary>
    private static async Task<(T? Body, ProblemHttpResult? Error)> BodyAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType()) return (null, Invalid("The body must be JSON (Content-Type: application/json)."));
        try { return (await request.ReadFromJsonAsync<T>(ct), null); }
        catch (System.Text.Json.JsonException error) { return (null, Invalid($"The body is not valid JSON: {error.Message}")); }
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "supervisor";

    private static ProblemHttpResult Invalid(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid alert request");

    private static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult Conflict(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "Alert already handled");
}
