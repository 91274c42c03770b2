using System.Net;
using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Tests.Handoff;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Tests.Understanding.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Bot.Tests.Events;

/// <summary>
/// Redis only says "something changed"; the database is the truth. When Redis goes away hosts keep serving, listeners
/// catch up from the database every couple of seconds, /healthz says so, and live delivery returns with Redis.
/// </summary>
public class RedisOutageTests
{
    private const string Unreachable = "Redis unreachable: live events fall back to database polling";

    [RedisFact(startsItsOwnServer: true)]
    public async Task When_Redis_dies_mid_chat_messages_still_arrive_within_seconds_nothing_is_lost_and_live_delivery_returns_with_Redis()
    {
        using var redis = new RedisServer();
        using var hosts = TwoHosts.Start(redis.Configuration);
        using var http = hosts.A.NewClient();
        using var alice = new AgentApiClient(hosts.B, "alice");
        await alice.GoOnlineAsync();
        await using var stream = await AgentEventListener.OpenAsync(hosts.B, "demo-token-alice");
        var chat = await DirectLineChat.StartAsync(http);
        await using var socket = await DirectLineSocket.OpenAsync(chat.StreamUrl!);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        await alice.SayAsync(chat.ConversationId, "Hi, Alice here");
        await socket.ExpectTextAsync("Hi, Alice here", within: TimeSpan.FromSeconds(5));

        redis.Kill();
        var duringOutage = await ExpectRedisHealthAsync(hosts.A, "Degraded");
        await alice.SayAsync(chat.ConversationId, "Still here while Redis is down (1)");
        await alice.SayAsync(chat.ConversationId, "Still here while Redis is down (2)");
        await chat.Send("I can wait");

        await socket.ExpectTextAsync("Still here while Redis is down (2)", within: TimeSpan.FromSeconds(10));
        await stream.ExpectActivityAsync(chat.ConversationId, "I can wait");
        redis.Start();
        await ExpectRedisHealthAsync(hosts.A, "Healthy");
        await ExpectRedisHealthAsync(hosts.B, "Healthy");
        await alice.SayAsync(chat.ConversationId, "Redis is back");
        await socket.ExpectTextAsync("Redis is back", within: TimeSpan.FromSeconds(5));

        Assert.Equal((HttpStatusCode.OK, "Degraded", Unreachable), duringOutage);
        // Every stored activity reached the customer once, in watermark order, with none missing.
        await using var db = await hosts.A.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        var stored = await db.Activities.Where(a => a.ConversationId == chat.ConversationId).OrderBy(a => a.Sequence)
            .Select(a => a.ActivityId).ToListAsync();
        Assert.Equal(stored, socket.Stored.Select(r => r.Activity.Id));
    }

    [Fact]
    public async Task A_host_whose_Redis_is_unreachable_starts_serves_customers_says_so_in_healthz_and_warns_once()
    {
        var logs = new CapturedLogs();
        using var host = new BotHost(new() { ["ConversationalCare:Redis:Configuration"] = $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        using var http = host.NewClient();

        var reply = await (await DirectLineChat.StartAsync(http)).Ask("where is my parcel?");
        var health = await ExpectRedisHealthAsync(host, "Degraded");
        // Several connection checks and fallback rounds later, still the one warning for this outage.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.NotNull(reply.Text);
        Assert.Equal((HttpStatusCode.OK, "Degraded", Unreachable), health);
        var warnings = logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Category == typeof(RedisClusterEvents).FullName).ToList();
        Assert.Single(warnings);
        Assert.StartsWith("Redis is unreachable", warnings[0].Message);
    }

    [Fact]
    public async Task A_host_without_Redis_runs_alone_and_healthz_says_so()
    {
        using var host = new BotHost();

        var health = await ExpectRedisHealthAsync(host, "Healthy");

        Assert.Equal((HttpStatusCode.OK, "Healthy", "Not configured: this host runs alone, live events stay in process"), health);
    }

    /// <summary>Polls /healthz until its redis entry has the status; returns the HTTP status, entry status and reason.</summary>
    private static async Task<(HttpStatusCode Code, string Status, string? Description)> ExpectRedisHealthAsync(BotHost host, string status)
    {
        using var http = host.NewClient();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        (HttpStatusCode, string, string?) last = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await http.GetAsync("/healthz");
            var redis = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("redis");
            last = (response.StatusCode, redis.GetProperty("status").GetString()!, redis.GetProperty("Description").GetString());
            if (last.Item2 == status) return last;
            await Task.Delay(100);
        }
        Assert.Fail($"/healthz never reported redis {status}; last: {last}");
        throw new InvalidOperationException();
    }
}
