using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Audit;

/// <summary><c>GET /api/admin/audit</c>: every administrative change, newest first, filtered.</summary>
public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", ListAsync).WithSummary("Administrative changes, newest first; filter by from, to, actor, action (prefix) and subject.");

    private static async Task<Results<Ok<IReadOnlyList<AuditRecord>>, ValidationProblem>> ListAsync(IAuditTrail audit,
        DateTimeOffset? from, DateTimeOffset? to, string? actor, string? action, string? subject, int? take, CancellationToken ct)
    {
        if (take is < 1 or > 1000)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["Take between 1 and 1000 entries."] });
        return TypedResults.Ok(await audit.ReadAsync(new AuditQuery(from, to, actor, action, subject, take ?? 200), ct));
    }
}
