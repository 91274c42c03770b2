using System.Net;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

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
    public async Task The_console_lists_conversations()
    {
        using var http = shared.Host.NewClient();
        await DirectLineChat.StartAsync(http);

        var response = await http.GetAsync("/console");
        var blazor = await http.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"conversation-row\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
    }
}
