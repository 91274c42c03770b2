using System.Security.Claims;
using System.Text.Json;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// <c>GET/PUT /api/admin/retention</c> with <c>{"days": 365}</c> (1–3650) or <c>{"days": null}</c> to keep transcripts
/// forever, and <c>POST /api/admin/retention/run</c> to apply the period now instead of at the next hourly sweep.
/// </summary>
public static class RetentionEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/retention", async (RetentionSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.GetAsync(ct)))
            .WithSummary("Days after a conversation's last activity when its transcript is anonymised; null keeps it forever.");
        admin.MapPut("/retention", SetAsync).WithSummary("Sets the retention period: {\"days\": 1–3650} or {\"days\": null} (audited).");
        admin.MapPost("/retention/run", RunAsync).WithSummary("Anonymises what the period has expired now; returns the counts (audited).");
    }

    private static async Task<Results<Ok<RetentionView>, ProblemHttpResult>> SetAsync(HttpRequest request, ClaimsPrincipal user,
        RetentionSettings settings, CancellationToken ct)
    {
        if (!request.HasJsonContentType()) return AdminProblems.Invalid("The body must be JSON (Content-Type: application/json).");
        JsonElement body;
        try { body = await request.ReadFromJsonAsync<JsonElement>(ct); }
        catch (JsonException error) { return AdminProblems.Invalid($"The body is not valid JSON: {error.Message}"); }
        // "days" must be there: a misspelt property must not quietly mean "keep forever".
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("days", out var days))
            return AdminProblems.Invalid("Send {\"days\": n} with n from 1 to 3650, or {\"days\": null} to keep transcripts forever.");
        int? value = days.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number when days.TryGetInt32(out var n) => n,
            _ => -1, // Not a whole number: the settings refuse it with the same words as an out-of-range one.
        };
        var result = await settings.SetAsync(value, AdminApi.Actor(user), ct);
        return result.Value is { } view ? TypedResults.Ok(view) : AdminProblems.Invalid(result.Message!);
    }

    private static async Task<Ok<AnonymisationCounts>> RunAsync(ClaimsPrincipal user, RetentionSweeper sweeper, CancellationToken ct) =>
        TypedResults.Ok(await sweeper.SweepAsync(ct, AdminApi.Actor(user)));
}
