using System.Net;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

/// <summary>A console sign-in made on one host is good on another host of the same database, and survives a restart.</summary>
public class SharedSignInTests
{
    [Fact]
    public async Task A_console_cookie_issued_by_one_host_is_accepted_by_a_second_host_of_the_same_database()
    {
        using var first = new BotHost();
        using var browser = new ConsoleBrowser(first);
        await browser.SignInAsync("alice", "Alice-demo-1");
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/console")).StatusCode);
        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync())
            Assert.True(await db.DataProtectionKeys.AnyAsync(), "no Data Protection key was stored in the database");

        using var second = new BotHost(dataDirectory: first.DataDirectory);
        using var sameCookies = browser.On(second);
        var response = await sameCookies.GetAsync("/console");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the second host refused the first host's sign-in: {(int)response.StatusCode} {response.Headers.Location}");
    }
}
