using System.Net;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

/// <summary>Sign-ins and customer tokens issued by one host are good on another host of the same database.</summary>
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

    [Fact]
    public async Task A_customers_direct_line_token_issued_by_one_host_is_accepted_by_a_host_with_its_own_data_directory()
    {
        using var first = new BotHost();
        using var http = first.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("hello");

        // Nothing shared but the database: the second host's data directory (where the key file used to be) is its own.
        using var second = new BotHost(first.SameDatabase());
        using var secondHttp = second.NewClient();
        using var read = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        var response = await secondHttp.SendAsync(read);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the second host refused the first host's token: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("hello", await response.Content.ReadAsStringAsync());
    }
}
