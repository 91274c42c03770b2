using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>
/// Makes sure teams exist in the host's database, whether or not the host seeds default teams, so tests that give a
/// reply or an agent a team do not depend on which teams a fresh install starts with.
/// </summary>
public static class TestTeams
{
    private static readonly TeamServiceHours AroundTheClock = new(60, 180, 300, "UTC", [], [], 24);

    public static async Task EnsureAsync(BotHost host, params string[] names)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        var existing = await db.Teams.Select(t => t.Name).ToListAsync();
        db.Teams.AddRange(names.Except(existing).Select(name => new Team(name, name, AroundTheClock, DateTimeOffset.UtcNow)));
        await db.SaveChangesAsync();
    }
}
