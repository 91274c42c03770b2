using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

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
        admin.MapPut("/routing-rules", ReplaceAsync).Accepts<List<RouteRule>>("application/json")
            .WithSummary("Replaces the whole ordered list at once. A rule is {intent?, tier?, channel?, locale?, reason?, team, priority?}; absent conditions match anything, an absent priority keeps the escalation's own.");
    }

    private static async Task<Ok<IReadOnlyList<RouteRule>>> ListAsync(ITeamAdministration teams, CancellationToken ct) =>
        TypedResults.Ok(await teams.RulesAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<RouteRule>>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        HttpRequest request, ClaimsPrincipal user, ITeamAdministration teams, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<List<RouteRule?>>(request, ct);
        if (problem is not null) return problem;
        var result = await teams.ReplaceRulesAsync(body!, AdminApi.Actor(user), ct);
        return result.Outcome switch
        {
            TeamOutcome.Done => TypedResults.Ok(result.Value!),
            TeamOutcome.Invalid => JsonBody.Invalid(result),
            _ => JsonBody.Conflict(result, "Routing rules changed meanwhile"),
        };
    }
}
