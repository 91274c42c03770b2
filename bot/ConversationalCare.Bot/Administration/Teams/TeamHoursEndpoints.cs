using System.Security.Claims;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary><c>/api/admin/teams/{name}/hours</c>: a team's SLA targets, business hours, closed dates and message promise.</summary>
public static class TeamHoursEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/teams/{name}/hours", GetAsync).WithSummary("A team's first-response targets, weekly hours in its time zone, closed dates and the reply time promised for a left message.");
        admin.MapPut("/teams/{name}/hours", PutAsync).Accepts<TeamHoursDto>("application/json")
            .WithSummary("Replaces a team's service hours; the next handoff to the team uses them. An empty weeklyHours means around the clock; a day not listed is closed.");
    }

    private static async Task<Results<Ok<TeamHoursDto>, ProblemHttpResult>> GetAsync(string name, IDbContextFactory<CareDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, ct);
        return team is null ? TeamEndpoints.NotFound(name) : TypedResults.Ok(team.ServiceHours.ToDto());
    }

    private static async Task<Results<Ok<TeamHoursDto>, ValidationProblem, ProblemHttpResult>> PutAsync(string name, HttpRequest request,
        ClaimsPrincipal user, IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await FieldErrors.ReadAsync<TeamHoursDto>(request, ct);
        if (problem is not null) return problem;
        var errors = new FieldErrors();
        var hours = TeamHoursInput.Parse(body!, errors);
        if (hours is null) return errors.ToProblem();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name, ct);
        if (team is null) return TeamEndpoints.NotFound(name);
        var before = team.ServiceHours.ToDto();
        if (team.SetServiceHours(hours, clock.GetUtcNow()))
        {
            audit.Record(db, AdminApi.Actor(user), "team.hours-changed", name, before, hours.ToDto());
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(team.ServiceHours.ToDto());
    }
}
