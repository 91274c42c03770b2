using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>The console's supervision page on the real host, computed from a real chat through the bot's port.</summary>
public class SupervisionPageTests
{
    [Fact]
    public async Task Sam_sees_the_waiting_customer_the_KPIs_and_server_drawn_charts_after_a_handoff()
    {
        using var host = new BotHost();
        await CustomerWaitsForAPersonAsync(host);

        using var browser = new ConsoleBrowser(host);
        await browser.SignInAsync("sam", "Sam-demo-1");
        using var response = await browser.Http.GetAsync("/console/supervision?period=today&by=channel");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/console/supervision\"", page);
        Assert.Matches("data-testid=\"waiting-count\"[^>]*>1<", page);
        Assert.Matches("data-testid=\"tile-conversations\"[\\s\\S]*?data-testid=\"value\"[^>]*>1<", page);
        Assert.Matches("data-testid=\"tile-escalation\"[\\s\\S]*?data-testid=\"value\"[^>]*>100%<", page);
        Assert.Contains("<svg", page);
        Assert.Equal(24, System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"hour-bar\"").Count);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"group-bar\""));
        Assert.Contains("<title id=\"breakdown-title\">Conversations by channel</title>", page);
    }

    [Fact]
    public async Task An_agent_is_not_shown_the_supervision_page()
    {
        using var host = new BotHost();
        using var browser = new ConsoleBrowser(host);
        await browser.SignInAsync("alice", "Alice-demo-1");

        using var response = await browser.Http.GetAsync("/console/supervision");
        var page = await response.Content.ReadAsStringAsync();

        // Either the cookie handler's redirect to /console/denied or the router's own refusal; never the figures.
        Assert.True(response.StatusCode == HttpStatusCode.OK ? page.Contains("does not have the role") : response.Headers.Location?.ToString().Contains("/console/denied") == true,
            $"{(int)response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain("kpi-tiles", page);
        Assert.DoesNotContain("href=\"/console/supervision\"", page);
    }

    [Fact]
    public async Task Sam_downloads_the_periods_conversations_as_CSV_from_the_page_and_an_agent_may_not()
    {
        using var host = new BotHost();
        await CustomerWaitsForAPersonAsync(host);

        using var sam = new ConsoleBrowser(host);
        await sam.SignInAsync("sam", "Sam-demo-1");
        var page = await sam.Http.GetStringAsync("/console/supervision?period=today");
        var link = System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]+)\"[^>]*data-testid=\"export-csv\"").Groups[1].Value);
        Assert.StartsWith("/console/supervision/conversations.csv?from=", link);

        using var download = await sam.Http.GetAsync(link);
        var csv = await download.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("conversationId,", rows[0]);
        Assert.Equal(2, rows.Length);

        using var agent = new ConsoleBrowser(host);
        await agent.SignInAsync("alice", "Alice-demo-1");
        using var refused = await agent.Http.GetAsync(link);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    /// <summary>Alice is online and one web-chat customer has asked for a person and been queued.</summary>
    private static async Task CustomerWaitsForAPersonAsync(BotHost host)
    {
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
    }
}
