using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>
/// <c>/api/admin/teams</c>: list, create, rename and archive the teams handoffs are routed to; the Teams page over
/// HTTP, under the same rules (it calls the same service).
/// </summary>
public static class TeamEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/teams", ListAsync).WithSummary("All teams, archived ones included, with their service hours.");
        admin.MapPost("/teams", CreateAsync).Accepts<NewTeam>("application/json")
            .WithSummary("Creates a team {name, displayName?}; the name is 2-64 lower-case letters, digits and dashes and never changes. 409 if taken.");
        admin.MapPatch("/teams/{name}", ChangeAsync).Accepts<TeamChange>("application/json")
            .WithSummary("Renames (displayName) or archives/restores (archived) a team. The general team cannot be archived.");
    }

    private static async Task<Ok<IReadOnlyList<ServiceTeam>>> ListAsync(ITeamAdministration teams, CancellationToken ct) =>
        TypedResults.Ok(await teams.ListAsync(ct));

    private static async Task<Results<Created<ServiceTeam>, ValidationProblem, ProblemHttpResult>> CreateAsync(HttpRequest request,
        ClaimsPrincipal user, ITeamAdministration teams, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<NewTeam>(request, ct);
        if (problem is not null) return problem;
        var result = await teams.CreateAsync(body!, AdminApi.Actor(user), ct);
        return result.Outcome switch
        {
            TeamOutcome.Done => TypedResults.Created($"/api/admin/teams/{result.Value!.Name}", result.Value),
            TeamOutcome.Invalid => JsonBody.Invalid(result),
            _ => JsonBody.Conflict(result, "Team name taken"),
        };
    }

    private static async Task<Results<Ok<ServiceTeam>, ValidationProblem, ProblemHttpResult>> ChangeAsync(string name, HttpRequest request,
        ClaimsPrincipal user, ITeamAdministration teams, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<TeamChange>(request, ct);
        if (problem is not null) return problem;
        var result = await teams.ChangeAsync(name, body!, AdminApi.Actor(user), ct);
        return result.Outcome switch
        {
            TeamOutcome.Done => TypedResults.Ok(result.Value!),
            TeamOutcome.Invalid => JsonBody.Invalid(result),
            _ => JsonBody.NotFound(result),
        };
    }
}
