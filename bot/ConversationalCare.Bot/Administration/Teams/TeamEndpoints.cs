using System.Security.Claims;
using System.Text.RegularExpressions;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary><c>/api/admin/teams</c>: list, create, rename and archive the teams handoffs are routed to.</summary>
public static partial class TeamEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/teams", ListAsync).WithSummary("All teams, archived ones included, with their service hours.");
        admin.MapPost("/teams", CreateAsync).Accepts<NewTeamRequest>("application/json")
            .WithSummary("Creates a team {name, displayName?}; the name is 2-64 lower-case letters, digits and dashes and never changes. 409 if taken.");
        admin.MapPatch("/teams/{name}", ChangeAsync).Accepts<TeamChangeRequest>("application/json")
            .WithSummary("Renames (displayName) or archives/restores (archived) a team. The general team cannot be archived.");
    }

    private static async Task<Ok<IReadOnlyList<TeamDto>>> ListAsync(IDbContextFactory<CareDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<TeamDto>>([.. teams.Select(t => t.ToDto())]);
    }

    private static async Task<Results<Created<TeamDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(HttpRequest request,
        ClaimsPrincipal user, IDbContextFactory<CareDb> dbFactory, AuditLog audit, IOptions<HandoffOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await FieldErrors.ReadAsync<NewTeamRequest>(request, ct);
        if (problem is not null) return problem;
        var errors = new FieldErrors();
        var name = body!.Name?.Trim() ?? "";
        if (!NamePattern().IsMatch(name)) errors.Add("name", "A team name is 2 to 64 lower-case letters, digits and dashes, e.g. billing-cn.");
        var displayName = DisplayName(body.DisplayName, "displayName", errors) ?? name;
        if (errors.Any) return errors.ToProblem();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Teams.AnyAsync(t => t.Name == name, ct)) return Taken(name);
        // A new team starts with the general team's promise, which an admin then adjusts.
        var general = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Name == DefaultTeams.General, ct);
        var hours = general?.ServiceHours ?? DefaultTeams.ServiceHoursFrom(options.Value);
        var team = new Team(name, displayName, hours, clock.GetUtcNow());
        db.Teams.Add(team);
        audit.Record(db, AdminApi.Actor(user), "team.created", name, null, team.ToDto());
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return Taken(name); }
        return TypedResults.Created($"/api/admin/teams/{name}", team.ToDto());
    }

    private static async Task<Results<Ok<TeamDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(string name, HttpRequest request,
        ClaimsPrincipal user, IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await FieldErrors.ReadAsync<TeamChangeRequest>(request, ct);
        if (problem is not null) return problem;
        var errors = new FieldErrors();
        var displayName = DisplayName(body!.DisplayName, "displayName", errors);
        if (body.Archived == true && name == DefaultTeams.General)
            errors.Add("archived", "The general team takes every handoff no rule routes elsewhere, so it cannot be archived.");
        if (errors.Any) return errors.ToProblem();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name, ct);
        if (team is null) return NotFound(name);
        var now = clock.GetUtcNow();
        var actor = AdminApi.Actor(user);
        var before = team.DisplayName;
        if (displayName is not null && team.Rename(displayName, now))
            audit.Record(db, actor, "team.renamed", name, new { displayName = before }, new { displayName });
        if (body.Archived is { } archived && team.SetArchived(archived, now))
            audit.Record(db, actor, archived ? "team.archived" : "team.restored", name, new { archived = !archived }, new { archived });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(team.ToDto());
    }

    private static string? DisplayName(string? value, string field, FieldErrors errors)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 128) errors.Add(field, "A display name has 1 to 128 characters.");
        return trimmed;
    }

    internal static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem($"There is no team '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "No such team");

    private static ProblemHttpResult Taken(string name) =>
        TypedResults.Problem($"A team called '{name}' already exists; team names are never reused.", statusCode: StatusCodes.Status409Conflict, title: "Team name taken");

    [GeneratedRegex("^[a-z0-9-]{2,64}$")]
    private static partial Regex NamePattern();
}
