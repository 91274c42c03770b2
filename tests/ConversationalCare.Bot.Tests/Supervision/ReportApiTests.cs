using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>The report API on the real host: what a supervisor sees after a real handoff, and clear refusals.</summary>
public class ReportApiTests
{
    [Fact]
    public async Task After_a_customer_escalates_and_rates_the_agent_5_the_KPIs_and_the_export_show_it()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, "Hello, I'm Alice. How can I help?")).StatusCode);
        await chat.ExpectReplyContaining("How can I help?");
        await chat.Send("My lamp arrived broken");
        await alice.ExpectContextAsync(chat.ConversationId, c => c.Transcript.Any(l => l.Text == "My lamp arrived broken"), "the customer's message");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ResolveAsync(chat.ConversationId)).StatusCode);
        await chat.ExpectReplyContaining("rate this conversation");
        await chat.Send("5");
        await chat.ExpectReplyContaining("Anything you'd like to add");

        var report = await sam.GetFromJsonAsync<JsonElement>("/api/reports/kpis?groupBy=agent");

        var overall = report.GetProperty("overall");
        Assert.Equal(1, overall.GetProperty("conversations").GetInt32());
        Assert.Equal(1.0, overall.GetProperty("escalationRate").GetDouble());
        Assert.Equal(0.0, overall.GetProperty("containmentRate").GetDouble());
        Assert.Equal(5.0, overall.GetProperty("csatAverage").GetDouble());
        Assert.Equal(1.0, overall.GetProperty("csatResponseRate").GetDouble());
        Assert.Equal(1.0, overall.GetProperty("escalationRateByReason").GetProperty("customer-asked").GetDouble());
        Assert.True(overall.GetProperty("firstResponseSecondsP50").GetDouble() >= 0);
        Assert.True(overall.GetProperty("averageHandlingSeconds").GetDouble() >= 0);
        Assert.Equal(1.0, overall.GetProperty("firstContactResolutionRate").GetDouble());
        Assert.Equal(0.0, overall.GetProperty("slaBreachRate").GetDouble());
        Assert.Equal(0, report.GetProperty("previous").GetProperty("conversations").GetInt32());
        Assert.Equal(1, report.GetProperty("change").GetProperty("conversations").GetInt32());
        var group = Assert.Single(report.GetProperty("groups").EnumerateArray());
        Assert.Equal("alice", group.GetProperty("key").GetString());

        using var export = await sam.GetAsync("/api/reports/conversations.csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var rows = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith($"{chat.ConversationId},cust-", rows[1]);
        Assert.Contains(",customer-asked,general,alice,1,", rows[1]);
        Assert.DoesNotContain(chat.UserId, rows[1]);
    }

    [Theory]
    [InlineData("/api/reports/kpis?from=yesterday", "from 'yesterday' is not an ISO 8601")]
    [InlineData("/api/reports/kpis?from=2026-11-10&to=2026-11-01", "from must be earlier than to")]
    [InlineData("/api/reports/kpis?from=2020-01-01&to=2026-01-01", "at most 366 days")]
    [InlineData("/api/reports/kpis?groupBy=weekday", "groupBy must be one of channel, intent, locale, agent, team, day, hour")]
    [InlineData("/api/reports/conversations.csv?to=soon", "to 'soon' is not an ISO 8601")]
    public async Task Bad_parameters_get_a_problem_that_says_why(string path, string reason)
    {
        using var host = new BotHost();
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");

        using var response = await sam.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_supervisors_may_read_reports()
    {
        using var host = new BotHost();
        using var anonymous = host.NewClient();
        using var alice = AgentApiClient.Authorized(host, "demo-token-alice");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reports/kpis")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync("/api/reports/kpis")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync("/api/reports/conversations.csv")).StatusCode);
    }
}
