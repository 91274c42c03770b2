using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Supervision.Alerts;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Supervision.Alerts;

/// <summary>Alerts on the real host: a low CSAT becomes a follow-up sam handles, an SLA breach an alert sam acknowledges.</summary>
public class AlertFlowTests
{
    [Fact]
    public async Task A_low_CSAT_creates_exactly_one_follow_up_that_a_supervisor_assigns_and_completes()
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
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, "Hello, I'm Alice.")).StatusCode);
        await chat.ExpectReplyContaining("I'm Alice");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ResolveAsync(chat.ConversationId)).StatusCode);
        await chat.ExpectReplyContaining("rate this conversation");
        await chat.Send("2");
        await chat.ExpectReplyContaining("Anything you'd like to add");
        await chat.Send("Nobody solved it, call me on +44 7700 900123");
        await chat.ExpectReplyContaining("Thanks for your feedback");

        var followUp = (await ExpectAlertsAsync(sam, a => a.GetProperty("followUps").GetArrayLength() == 1, "a follow-up task"))
            .GetProperty("followUps")[0];
        Assert.Equal(chat.ConversationId, followUp.GetProperty("conversationId").GetString());
        Assert.Equal(2, followUp.GetProperty("csatScore").GetInt32());
        Assert.Equal("Nobody solved it, call me on [phone]", followUp.GetProperty("comment").GetString());
        Assert.StartsWith("cust-", followUp.GetProperty("customer").GetString());
        Assert.Equal("open", followUp.GetProperty("status").GetString());
        var id = followUp.GetProperty("id").GetString();

        // Reading the whole trail again from the start creates nothing new: one task per handoff.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync())
            await db.LearningCursors.Where(c => c.Name == AlertProcessor.CursorName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, 0L));
        await Task.Delay(1100);
        await host.Services.GetRequiredService<AlertProcessor>().CatchUpAsync(CancellationToken.None);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync())
            Assert.Equal(1, await db.FollowUpTasks.CountAsync());

        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{id}/complete", new { outcome = "called" }),
            HttpStatusCode.Conflict, "must be assigned before it is completed");
        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{id}/assign", new { user = " " }),
            HttpStatusCode.BadRequest, "user is required");
        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{id}/assign", new { user = "mallory" }),
            HttpStatusCode.BadRequest, "There is no user 'mallory'");
        await ExpectProblemAsync(await sam.PostAsync($"/api/reports/followups/{id}/assign", new StringContent("{user:", System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "not valid JSON");
        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{Guid.NewGuid()}/assign", new { user = "bob" }),
            HttpStatusCode.NotFound, "There is no follow-up task");

        using var assigned = await sam.PostAsJsonAsync($"/api/reports/followups/{id}/assign", new { user = "bob" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var afterAssign = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assigned", afterAssign.GetProperty("status").GetString());
        Assert.Equal("bob", afterAssign.GetProperty("assignedTo").GetString());

        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{id}/complete", new { outcome = "" }),
            HttpStatusCode.BadRequest, "outcome is required");
        using var completed = await sam.PostAsJsonAsync($"/api/reports/followups/{id}/complete", new { outcome = "Called back, replacement sent" });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var afterComplete = await completed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("done", afterComplete.GetProperty("status").GetString());
        Assert.Equal("Called back, replacement sent", afterComplete.GetProperty("outcome").GetString());
        Assert.Equal("sam", afterComplete.GetProperty("completedBy").GetString());

        await ExpectProblemAsync(await sam.PostAsJsonAsync($"/api/reports/followups/{id}/complete", new { outcome = "again" }),
            HttpStatusCode.Conflict, "already done");
        Assert.Equal(0, (await sam.GetFromJsonAsync<JsonElement>("/api/reports/alerts")).GetProperty("followUps").GetArrayLength());
    }

    [Fact]
    public async Task Near_breach_and_breach_raise_SLA_alerts_a_supervisor_acknowledges_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        var monitor = host.Services.GetRequiredService<HandoffMonitor>();
        var processor = host.Services.GetRequiredService<AlertProcessor>();

        // P2: 180 s to a first response, at risk from 135 s.
        clock.Advance(TimeSpan.FromSeconds(140));
        await monitor.TickAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(41));
        await monitor.TickAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        await processor.CatchUpAsync(CancellationToken.None);

        var alerts = (await sam.GetFromJsonAsync<JsonElement>("/api/reports/alerts")).GetProperty("slaAlerts");
        Assert.Equal(["breach", "near-breach"], alerts.EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        var breach = alerts[0];
        Assert.Equal(chat.ConversationId, breach.GetProperty("conversationId").GetString());
        Assert.Equal(2, breach.GetProperty("priority").GetInt32());
        Assert.True(breach.TryGetProperty("dueAt", out _));

        var id = breach.GetProperty("id").GetString();
        using var acknowledged = await sam.PostAsync($"/api/reports/alerts/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("sam", (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledgedBy").GetString());
        await ExpectProblemAsync(await sam.PostAsync($"/api/reports/alerts/{id}/acknowledge", null), HttpStatusCode.Conflict, "already acknowledged by sam");
        await ExpectProblemAsync(await sam.PostAsync("/api/reports/alerts/not-an-id/acknowledge", null), HttpStatusCode.NotFound, "There is no alert");
        var left = (await sam.GetFromJsonAsync<JsonElement>("/api/reports/alerts")).GetProperty("slaAlerts");
        Assert.Equal("near-breach", Assert.Single(left.EnumerateArray()).GetProperty("kind").GetString());

        using var asAgent = AgentApiClient.Authorized(host, "demo-token-alice");
        Assert.Equal(HttpStatusCode.Forbidden, (await asAgent.GetAsync("/api/reports/alerts")).StatusCode);
    }

    private static async Task<JsonElement> ExpectAlertsAsync(HttpClient supervisor, Func<JsonElement, bool> condition, string description)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await supervisor.GetFromJsonAsync<JsonElement>("/api/reports/alerts");
            if (condition(last)) return last;
            await Task.Delay(200);
        }
        Assert.Fail($"Expected {description}; the supervisor saw {last}");
        throw new InvalidOperationException();
    }

    private static async Task ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }
}
