using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.Knowledge.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// Creates the console's roles always, and in Development the demo team, so a newcomer can sign in at once:
/// alice and bob (agents), sam (supervisor), olivia (content owner), ada (admin). Existing accounts are left alone.
/// </summary>
public sealed class DemoAccounts(IServiceScopeFactory scopes, IOptions<DemoOptions> demo, IHostEnvironment environment,
    TimeProvider clock, ILogger<DemoAccounts> logger) : IHostedService
{
    public sealed record DemoUser(string UserName, string DisplayName, string Password, string Role, string[] Teams, string[] Languages);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("alice", "Alice", "Alice-demo-1", ConsoleRoles.Agent, [DefaultTeams.General, DefaultTeams.Complaints], ["en", "zh"]),
        new("bob", "Bob", "Bob-demo-1", ConsoleRoles.Agent, [DefaultTeams.Orders, DefaultTeams.Returns, DefaultTeams.Billing, DefaultTeams.Technical], ["en"]),
        new("sam", "Sam", "Sam-demo-1", ConsoleRoles.Supervisor, [DefaultTeams.General], ["en", "zh"]),
        new("olivia", "Olivia", "Olivia-demo-1", ConsoleRoles.ContentOwner, [], ["en", "zh"]),
        new("ada", "Ada", "Ada-demo-1", ConsoleRoles.Admin, [], ["en", "zh"]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareDb>();
        // Hosts starting together on one database take turns, so a role or demo account is created once.
        await DatabaseStartupLock.RunAsync(db, DatabaseMigrator.LockKey, () => SeedAsync(scope.ServiceProvider, db, cancellationToken), cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider services, CareDb db, CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(services);
        if (!(demo.Value.SeedUsers ?? environment.IsDevelopment())) return;

        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        foreach (var user in Users)
        {
            if (await users.FindByNameAsync(user.UserName) is null)
            {
                var account = new ConsoleUser(user.UserName, user.DisplayName, clock.GetUtcNow()) { Email = $"{user.UserName}@example.com", EmailConfirmed = true };
                var created = await users.CreateAsync(account, user.Password);
                if (!created.Succeeded)
                {
                    logger.LogError("Could not create demo user {User}: {Errors}", user.UserName, string.Join("; ", created.Errors.Select(e => e.Description)));
                    continue;
                }
                await users.AddToRoleAsync(account, user.Role);
                if (user.Role == ConsoleRoles.Supervisor) await users.AddToRoleAsync(account, ConsoleRoles.Agent);
            }
            if (user.Role is ConsoleRoles.Agent or ConsoleRoles.Supervisor
                && !await db.Agents.AnyAsync(a => a.UserName == user.UserName, cancellationToken))
            {
                db.Agents.Add(new Agent(user.UserName, user.DisplayName, user.Teams, user.Languages, capacity: 3, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        logger.LogInformation("Demo users ready: {Users}", string.Join(", ", Users.Select(u => $"{u.UserName} ({u.Role})")));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every role exists on every install, demo or not (the command line needs them before the host ever ran).</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ConsoleRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }
}
