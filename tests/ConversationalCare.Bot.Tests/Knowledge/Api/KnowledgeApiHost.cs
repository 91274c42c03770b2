using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Knowledge.Api;

/// <summary>
/// The real host with a second content owner, carol, beside the demo's olivia, so a test can show one editor's save
/// going stale under the other's.
/// </summary>
public sealed class KnowledgeApiHost : IDisposable
{
    public KnowledgeApiHost()
    {
        Host = new BotHost(new() { ["ConversationalCare:Demo:Tokens:carol"] = "demo-token-carol" });
        using var scope = Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var carol = new ConsoleUser("carol", "Carol", DateTimeOffset.UtcNow);
        Assert.True(users.CreateAsync(carol, "Carol-test-1").GetAwaiter().GetResult().Succeeded);
        Assert.True(users.AddToRoleAsync(carol, ConsoleRoles.ContentOwner).GetAwaiter().GetResult().Succeeded);
    }

    public BotHost Host { get; }

    public void Dispose() => Host.Dispose();
}
