using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// On a database without teams, creates the default teams and routing rules (after the migrator, before traffic).
/// Teams and rules go in one commit, so when two hosts start together the team name's key lets exactly one win and
/// the other finds the work done.
/// </summary>
public sealed class TeamSeeder(IDbContextFactory<CareDb> dbFactory, IOptions<HandoffOptions> options, TimeProvider clock,
    ILogger<TeamSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.AnyAsync(cancellationToken)) return;
        var hours = DefaultTeams.ServiceHoursFrom(options.Value);
        var now = clock.GetUtcNow();
        db.Teams.AddRange(DefaultTeams.Seeded.Select(team => new Team(team.Name, team.DisplayName, hours, now)));
        if (!await db.RoutingRules.AnyAsync(cancellationToken)) db.RoutingRules.AddRange(DefaultTeams.Rules());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the default teams ({Teams}) and routing rules", string.Join(", ", DefaultTeams.Seeded.Select(t => t.Name)));
        }
        catch (DbUpdateException)
        {
            if (!await AnyTeamAsync(cancellationToken)) throw;
            logger.LogInformation("Another host created the default teams first");
        }
    }

    private async Task<bool> AnyTeamAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AnyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
