using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Audit;

/// <summary><c>GET /api/admin/audit</c>: every administrative change, newest first, filtered.</summary>
public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", ListAsync).WithSummary("Administrative changes, newest first; filter by from, to, actor, action (prefix) and subject.");

    public sealed record AuditEntryDto(long Id, DateTimeOffset At, string Actor, string Action, string Subject, string? Before, string? After);

    private static async Task<Results<Ok<IReadOnlyList<AuditEntryDto>>, ValidationProblem>> ListAsync(AuditLog audit,
        DateTimeOffset? from, DateTimeOffset? to, string? actor, string? action, string? subject, int? take, CancellationToken ct)
    {
        if (take is < 1 or > 1000)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["Take between 1 and 1000 entries."] });
        var entries = await audit.ListAsync(new AuditFilter(from, to, actor, action, subject, take ?? 200), ct);
        return TypedResults.Ok<IReadOnlyList<AuditEntryDto>>(
            [.. entries.Select(e => new AuditEntryDto(e.Id, e.At, e.Actor, e.Action, e.Subject, e.Before, e.After))]);
    }
}
