using System.Data.Common;
using System.Security.Claims;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>
/// <c>/api/admin/routing-rules</c>: the ordered routing list, read and replaced as a whole so its order is never half
/// changed. The first rule whose conditions all match routes a handoff (see Handoff/Routing/HandoffRouter).
/// </summary>
public static class RoutingRuleEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/routing-rules", ListAsync).WithSummary("The routing rules in order; the first whose conditions all match routes a handoff, nothing matched goes to general.");
        admin.MapPut("/routing-rules", ReplaceAsync).Accepts<List<RoutingRuleDto>>("application/json")
            .WithSummary("Replaces the whole ordered list at once. A rule is {intent?, tier?, channel?, locale?, reason?, team, priority?}; absent conditions match anything, an absent priority keeps the escalation's own.");
    }

    private static async Task<Ok<IReadOnlyList<RoutingRuleDto>>> ListAsync(IDbContextFactory<CareDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rules = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<RoutingRuleDto>>([.. rules.Select(r => r.ToDto())]);
    }

    private static async Task<Results<Ok<IReadOnlyList<RoutingRuleDto>>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        HttpRequest request, ClaimsPrincipal user, IDbContextFactory<CareDb> dbFactory, AuditLog audit, CancellationToken ct)
    {
        var (body, problem) = await FieldErrors.ReadAsync<List<RoutingRuleDto?>>(request, ct);
        if (problem is not null) return problem;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new FieldErrors();
        var rules = RoutingRuleInput.Parse(body!, await db.Teams.AsNoTracking().ToListAsync(ct), errors);
        if (rules is null) return errors.ToProblem();

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var before = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(ct);
            // Deleting fewer or more rows than were read means another admin replaced the list meanwhile.
            if (await db.RoutingRules.ExecuteDeleteAsync(ct) != before.Count) return Conflict();
            db.RoutingRules.AddRange(rules);
            audit.Record(db, AdminApi.Actor(user), "routing.replaced", "routing-rules",
                before.Select(r => r.ToDto()).ToList(), rules.Select(r => r.ToDto()).ToList());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            return Conflict();
        }
        return TypedResults.Ok<IReadOnlyList<RoutingRuleDto>>([.. rules.Select(r => r.ToDto())]);
    }

    private static ProblemHttpResult Conflict() =>
        TypedResults.Problem("Someone else changed the routing rules at the same time; read them again and retry.",
            statusCode: StatusCodes.Status409Conflict, title: "Routing rules changed meanwhile");
}
