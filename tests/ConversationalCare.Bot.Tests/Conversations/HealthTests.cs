using System.Net;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

public class HealthTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    [Fact]
    public async Task Healthz_reports_the_database_ready()
    {
        using var http = shared.Host.NewClient();

        var response = await http.GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_demo_shop_page_and_the_widget_are_served()
    {
        using var http = shared.Host.NewClient();

        var page = await http.GetStringAsync("/");
        var widget = await http.GetAsync("/widget/care-widget.js");

        Assert.Contains("care-widget.js", page);
        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
    }

    [Fact]
    public async Task The_console_asks_for_sign_in_and_then_serves_the_agent()
    {
        using var http = shared.Host.NewClient();
        await DirectLineChat.StartAsync(http);
        using var browser = new ConsoleBrowser(shared.Host);

        var anonymous = await browser.Http.GetAsync("/console");
        var wrongPassword = await browser.SignInAsync("alice", "not-her-password");
        var signedIn = await browser.SignInAsync("alice", "Alice-demo-1");
        var console = await browser.Http.GetAsync("/console");
        var blazor = await http.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/console/signin", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Contains("user name or password is not right", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/console", new Uri(shared.Host.BaseAddress, signedIn.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("ConversationalCare", await console.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
        var alice = await shared.Host.Services.GetRequiredService<IHandoffDesk>().GetAgentAsync("alice", CancellationToken.None);
        Assert.Equal(AgentStatus.Online, alice!.Status);
    }
}
