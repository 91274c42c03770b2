using System.Text.RegularExpressions;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>
/// Teams, service hours and routing rules as admins run them, for the console's Teams page and the admin API alike:
/// validate, load, change, audit and save in one place. Every call opens its own DbContext, because a console page
/// holds this service for its circuit's life and a long-lived context would serve teams as they were when it opened.
/// A change and its audit entry commit together; routing reads the database per handoff, so it applies at once.
/// </summary>
public sealed partial class TeamAdministration(IDbContextFactory<CareDb> dbFactory, AuditLog audit, IOptions<HandoffOptions> options,
    TimeProvider clock) : ITeamAdministration
{
    public async Task<IReadOnlyList<ServiceTeam>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. teams.Select(t => t.ToDto())];
    }

    public async Task<TeamResult<ServiceTeam>> CreateAsync(NewTeam team, string actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = team.Name?.Trim() ?? "";
        if (!NamePattern().IsMatch(name)) errors.Add("name", "A team name is 2 to 64 lower-case letters, digits and dashes, e.g. billing-cn.");
        var displayName = DisplayName(team.DisplayName, errors) ?? name;
        if (errors.Any) return TeamResult<ServiceTeam>.Invalid(errors.ToDictionary(), "The team cannot be created as it is.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.AnyAsync(t => t.Name == name, cancellationToken)) return Taken(name);
        // A new team starts with the general team's promise, which an admin then adjusts.
        var general = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Name == DefaultTeams.General, cancellationToken);
        var created = new Team(name, displayName, general?.ServiceHours ?? DefaultTeams.ServiceHoursFrom(options.Value), clock.GetUtcNow());
        db.Teams.Add(created);
        audit.Record(db, actor, "team.created", name, null, created.ToDto());
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { return Taken(name); }
        return TeamResult<ServiceTeam>.Done(created.ToDto());
    }

    public async Task<TeamResult<ServiceTeam>> ChangeAsync(string name, TeamChange change, string actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var displayName = DisplayName(change.DisplayName, errors);
        if (change.Archived == true && name == DefaultTeams.General)
            errors.Add("archived", "The general team takes every handoff no rule routes elsewhere, so it cannot be archived.");
        if (errors.Any) return TeamResult<ServiceTeam>.Invalid(errors.ToDictionary(), "The team cannot be changed like this.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (team is null) return TeamResult<ServiceTeam>.NotFound(NoSuchTeam(name));
        var now = clock.GetUtcNow();
        var before = team.DisplayName;
        if (displayName is not null && team.Rename(displayName, now))
            audit.Record(db, actor, "team.renamed", name, new { displayName = before }, new { displayName });
        if (change.Archived is { } archived && team.SetArchived(archived, now))
            audit.Record(db, actor, archived ? "team.archived" : "team.restored", name, new { archived = !archived }, new { archived });
        await db.SaveChangesAsync(cancellationToken);
        return TeamResult<ServiceTeam>.Done(team.ToDto());
    }

    public async Task<TeamHours?> HoursAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        return team?.ServiceHours.ToDto();
    }

    public async Task<TeamResult<TeamHours>> SetHoursAsync(string name, TeamHours hours, string actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var parsed = TeamHoursInput.Parse(hours, errors);
        if (parsed is null) return TeamResult<TeamHours>.Invalid(errors.ToDictionary(), "These service hours cannot be saved as they are.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (team is null) return TeamResult<TeamHours>.NotFound(NoSuchTeam(name));
        var before = team.ServiceHours.ToDto();
        if (team.SetServiceHours(parsed, clock.GetUtcNow()))
        {
            audit.Record(db, actor, "team.hours-changed", name, before, parsed.ToDto());
            await db.SaveChangesAsync(cancellationToken);
        }
        return TeamResult<TeamHours>.Done(team.ServiceHours.ToDto());
    }

    private static string? DisplayName(string? value, FieldErrors errors)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 128) errors.Add("displayName", "A display name has 1 to 128 characters.");
        return trimmed;
    }

    private static string NoSuchTeam(string name) => $"There is no team '{name}'.";

    private static TeamResult<ServiceTeam> Taken(string name) =>
        TeamResult<ServiceTeam>.Conflict($"A team called '{name}' already exists; team names are never reused.");

    [GeneratedRegex("^[a-z0-9-]{2,64}$")]
    private static partial Regex NamePattern();
}
