using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary><c>/api/admin/teams/{name}/hours</c>: a team's SLA targets, business hours, closed dates and message promise.</summary>
public static class TeamHoursEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/teams/{name}/hours", GetAsync).WithSummary("A team's first-response targets, weekly hours in its time zone, closed dates and the reply time promised for a left message.");
        admin.MapPut("/teams/{name}/hours", PutAsync).Accepts<TeamHours>("application/json")
            .WithSummary("Replaces a team's service hours; the next handoff to the team uses them. An empty weeklyHours means around the clock; a day not listed is closed.");
    }

    private static async Task<Results<Ok<TeamHours>, ProblemHttpResult>> GetAsync(string name, ITeamAdministration teams, CancellationToken ct) =>
        await teams.HoursAsync(name, ct) is { } hours
            ? TypedResults.Ok(hours)
            : JsonBody.NotFound(TeamResult<TeamHours>.NotFound($"There is no team '{name}'."));

    private static async Task<Results<Ok<TeamHours>, ValidationProblem, ProblemHttpResult>> PutAsync(string name, HttpRequest request,
        ClaimsPrincipal user, ITeamAdministration teams, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<TeamHours>(request, ct);
        if (problem is not null) return problem;
        var result = await teams.SetHoursAsync(name, body!, AdminApi.Actor(user), ct);
        return result.Outcome switch
        {
            TeamOutcome.Done => TypedResults.Ok(result.Value!),
            TeamOutcome.Invalid => JsonBody.Invalid(result),
            _ => JsonBody.NotFound(result),
        };
    }
}
