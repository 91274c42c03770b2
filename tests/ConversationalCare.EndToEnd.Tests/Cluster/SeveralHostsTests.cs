using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Benchmarks;
using ConversationalCare.Benchmarks.Handoff;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Console;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Xunit.Abstractions;

namespace ConversationalCare.EndToEnd.Tests.Cluster;

/// <summary>
/// Two real hosts on one PostgreSQL database and one Redis, behind nginx from deploy/nginx.conf: what a team running
/// several machines relies on. Customers and agents reach either host; nothing is lost and nothing is owned twice.
/// </summary>
public class SeveralHostsTests(ClusterFixture fixture, EndToEndFixture browsers, ITestOutputHelper output)
    : IClassFixture<ClusterFixture>, IClassFixture<EndToEndFixture>
{
    static SeveralHostsTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Cluster | Requires.Chromium)]
    public async Task The_console_behind_the_proxy_keeps_its_live_connection_and_shows_a_chat_started_on_the_other_host()
    {
        var cluster = await fixture.ClusterAsync();
        await using var console = await ConsolePage.OpenAsync(browsers, new ViewportSize { Width = 1366, Height = 768 }, host: cluster.ProxyAddress);
        await console.SignInAsAsync("sam", "Sam-demo-1");
        // Each page load opens a new Blazor circuit: negotiate, then a WebSocket, which must reach the same host.
        foreach (var page in new[] { "/console/supervision", "/console/quality", "/console" }) await console.GoToAsync(page);

        foreach (var host in cluster.Hosts)
        {
            using var customer = host.NewClient();
            var chat = await DirectLineChat.StartAsync(customer);
            await chat.Send("I want to talk to a real person");
            await Expect(console.HandoffRow(chat.ConversationId)).ToBeVisibleAsync(new() { Timeout = 10_000 });
        }
        await console.ScreenshotAsync("console-behind-proxy-1366.png");
    }

    [EndToEndFact(Requires.Cluster)]
    public async Task A_customer_on_one_host_and_an_agent_on_the_other_hear_each_other_live()
    {
        var cluster = await fixture.ClusterAsync();
        using var customersOnA = new LoadTargets([LoadClient.Create(cluster[0].BaseAddress)]);
        using var agentOnB = LoadClient.Create(cluster[1].BaseAddress);
        var desk = new AgentDesk(agentOnB, "demo-token-alice");
        await using var agentStream = await HandoffRound.PrepareAgentAsync(cluster[1].BaseAddress, desk, CancellationToken.None);
        var options = new BenchmarkOptions { ReplyTimeout = TimeSpan.FromSeconds(10) };

        var round = await HandoffRound.RunAsync(customersOnA, desk, agentStream, options, conversations: 5, exchanges: 20, monitor: null, CancellationToken.None);

        output.WriteLine($"agent→customer ms p50 {round.AgentToCustomer.P50Ms} p99 {round.AgentToCustomer.P99Ms}; customer→agent ms p50 {round.CustomerToAgent.P50Ms} p99 {round.CustomerToAgent.P99Ms}");
        Assert.True(round.Errors == 0, string.Join("; ", round.ErrorKinds.Select(e => $"{e.Value} × {e.Key}")));
        Assert.Equal(100, round.DeliveredToCustomer);
        Assert.Equal(100, round.DeliveredToAgent);
        Assert.True(round.AgentToCustomer.P99Ms < 1000, $"agent→customer p99 {round.AgentToCustomer.P99Ms} ms");
        Assert.True(round.CustomerToAgent.P99Ms < 1000, $"customer→agent p99 {round.CustomerToAgent.P99Ms} ms");
    }

    [EndToEndFact(Requires.Cluster)]
    public async Task Twenty_claims_spread_over_both_hosts_leave_exactly_one_owner()
    {
        var cluster = await fixture.ClusterAsync();
        string[] agents = ["alice", "bob", "sam"];
        using (var online = Authorized(cluster[1], "alice")) await GoOnlineAsync(online);
        using var customer = cluster[0].NewClient();
        var chat = await DirectLineChat.StartAsync(customer);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");

        var desks = cluster.Hosts.SelectMany(host => agents.Select(agent => (Agent: agent, Http: Authorized(host, agent)))).ToList();
        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var (agent, http) = desks[i % desks.Count];
            using var response = await http.PostAsync($"/api/agent/conversations/{chat.ConversationId}/claim", null);
            return (Agent: agent, response.StatusCode);
        }));

        var owner = Assert.Single(claims.Where(c => c.StatusCode == HttpStatusCode.NoContent).Select(c => c.Agent).Distinct());
        Assert.All(claims.Where(c => c.Agent != owner), c => Assert.Equal(HttpStatusCode.Conflict, c.StatusCode));
        foreach (var (_, http) in desks) http.Dispose();
    }

    [EndToEndFact(Requires.Cluster)]
    public async Task An_article_published_on_one_host_answers_on_the_other_within_five_seconds()
    {
        var cluster = await fixture.ClusterAsync();
        using var author = Authorized(cluster[0], "olivia");
        var key = $"gift-wrap-{Guid.NewGuid():n}"[..20];
        var created = await author.PostAsJsonAsync("/api/knowledge/articles", new
        {
            key, locale = "en-US", category = "Store", tags = new[] { "cluster" },
            question = "Do you offer walrus-themed gift wrapping?",
            answer = "Yes: walrus-themed gift wrapping is free on every order.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var revision = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();
        foreach (var step in new[] { "submit", "approve", "publish" })
        {
            using var stepped = await author.PostAsJsonAsync($"/api/knowledge/articles/{key}/{step}", new { revision });
            Assert.True(stepped.IsSuccessStatusCode, $"{step}: {(int)stepped.StatusCode} {await stepped.Content.ReadAsStringAsync()}");
            revision = (await stepped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();
        }
        var published = DateTime.UtcNow;

        using var customerOnB = cluster[1].NewClient();
        string? answer = null;
        while (DateTime.UtcNow - published < TimeSpan.FromSeconds(5))
        {
            var chat = await DirectLineChat.StartAsync(customerOnB);
            answer = (await chat.Ask("Do you offer walrus-themed gift wrapping?")).Text;
            if (answer?.Contains("walrus-themed gift wrapping is free", StringComparison.Ordinal) == true) break;
            await Task.Delay(250);
        }
        Assert.Contains("walrus-themed gift wrapping is free", answer);
        output.WriteLine($"answered on host B {(DateTime.UtcNow - published).TotalSeconds:0.0} s after publishing on host A");
    }

    [EndToEndFact(Requires.Cluster)]
    public async Task An_SLA_breach_is_recorded_once_with_both_hosts_watching()
    {
        var cluster = await fixture.ClusterAsync();
        using var admin = Authorized(cluster[0], "ada");
        // The general team promises a first response within 2 s for this test, so a breach comes quickly.
        var hours = await admin.GetFromJsonAsync<JsonElement>("/api/admin/teams/general/hours");
        var quick = JsonSerializer.Deserialize<Dictionary<string, object?>>(hours.GetRawText())!;
        quick["firstResponseSeconds"] = new { p1 = 2, p2 = 2, p3 = 2 };
        using (var changed = await admin.PutAsJsonAsync("/api/admin/teams/general/hours", quick))
            Assert.True(changed.IsSuccessStatusCode, $"{(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}");
        try
        {
            using var agent = Authorized(cluster[1], "alice");
            await GoOnlineAsync(agent);
            using var customer = cluster[0].NewClient();
            var chat = await DirectLineChat.StartAsync(customer);
            await chat.Send("I want to talk to a real person");
            await chat.ExpectReplyContaining("in the queue");

            // Both hosts' monitors tick every few seconds; give them several chances to record it twice.
            var breaches = 0L;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && breaches == 0)
            {
                await Task.Delay(1000);
                breaches = await cluster.CountAsync("""SELECT count(*) FROM "HandoffEvents" WHERE "ConversationId" = @id AND "Kind" = 'sla-breached'""", chat.ConversationId);
            }
            await Task.Delay(TimeSpan.FromSeconds(10));
            Assert.Equal(1, await cluster.CountAsync("""SELECT count(*) FROM "HandoffEvents" WHERE "ConversationId" = @id AND "Kind" = 'sla-breached'""", chat.ConversationId));
        }
        finally
        {
            using var restored = await admin.PutAsJsonAsync("/api/admin/teams/general/hours", hours);
        }
    }

    [EndToEndFact(Requires.Cluster)]
    public async Task A_customer_whose_host_is_killed_reconnects_through_the_proxy_and_misses_nothing()
    {
        var cluster = await fixture.ClusterAsync();
        using var agent = Authorized(cluster[1], "bob");
        await GoOnlineAsync(agent);
        using var viaProxy = cluster.NewProxyClient();
        var chat = await DirectLineChat.StartAsync(viaProxy);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/api/agent/conversations/{chat.ConversationId}/claim", null)).StatusCode);

        // The customer's socket is on host A, as the proxy might have placed it.
        using var hostA = cluster[0].NewClient();
        await using var socket = await DirectLineSocket.OpenAsync(await StreamUrlAsync(hostA, chat, watermark: null));
        await Say(agent, chat.ConversationId, "Hello, Bob here.");
        await socket.ExpectTextAsync("Hello, Bob here.");
        var watermark = socket.Stored[^1].Watermark;

        await cluster[0].KillAsync();
        try
        {
            // While the customer is away, the agent keeps chatting through host B and the customer keeps posting through the proxy.
            var agentSaid = new List<string>();
            for (var i = 1; i <= 5; i++)
            {
                agentSaid.Add($"Still here, update {i}.");
                await Say(agent, chat.ConversationId, agentSaid[^1]);
            }
            var customerSaid = new List<string>();
            for (var i = 1; i <= 5; i++)
            {
                customerSaid.Add($"Thanks, message {i} while my host was down");
                await chat.Send(customerSaid[^1]);
            }

            await using var resumed = await DirectLineSocket.OpenAsync(await StreamUrlAsync(viaProxy, chat, watermark));
            foreach (var text in agentSaid.Concat(customerSaid)) await resumed.ExpectTextAsync(text);
            var missed = resumed.Stored.Select(r => r.Activity.Text).Where(t => t is not null).ToList();
            Assert.Equal(agentSaid.Concat(customerSaid).Order(), missed.Where(t => agentSaid.Contains(t!) || customerSaid.Contains(t!)).Order());
            Assert.Equal(missed.Count, missed.Distinct().Count());
            Assert.DoesNotContain("Hello, Bob here.", missed);
            // Exactly what was missed: every stored activity after the watermark, once each, none skipped.
            var sequence = resumed.Stored.Select(r => r.Watermark).ToList();
            Assert.Equal(Enumerable.Range((int)watermark + 1, sequence.Count).Select(i => (long)i), sequence);

            var transcript = await agent.GetFromJsonAsync<JsonElement>($"/api/agent/conversations/{chat.ConversationId}");
            foreach (var text in customerSaid) Assert.Contains(text, transcript.GetRawText());
        }
        finally
        {
            await cluster[0].StartAsync();
        }
    }

    private static async Task Say(HttpClient agent, string conversationId, string text)
    {
        using var response = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/messages", new { text });
        Assert.True(response.IsSuccessStatusCode, $"agent message refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>What Web Chat asks the host it reaches when it (re)connects: a stream URL, from a watermark if it has one.</summary>
    private static async Task<string> StreamUrlAsync(HttpClient http, DirectLineChat chat, long? watermark)
    {
        var path = $"/v3/directline/conversations/{chat.ConversationId}" + (watermark is null ? "" : $"?watermark={watermark}");
        using var request = DirectLineChat.Authorized(HttpMethod.Get, path, chat.Token);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"reconnect refused: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
    }

    /// <summary>Someone must be online, or a request for a person becomes a left message instead of a queued chat.</summary>
    private static async Task GoOnlineAsync(HttpClient agent)
    {
        using var response = await agent.PutAsJsonAsync("/api/agent/status", new { status = "online" });
        Assert.True(response.IsSuccessStatusCode, $"could not go online: {(int)response.StatusCode}");
    }

    private static HttpClient Authorized(ClusterHost host, string demoUser)
    {
        var http = host.NewClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"demo-token-{demoUser}");
        return http;
    }
}

/// <summary>One cluster for the class, started on first use so a skipped class starts nothing.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private HostCluster? _cluster;

    public async Task<HostCluster> ClusterAsync()
    {
        await _starting.WaitAsync();
        try { return _cluster ??= await HostCluster.StartAsync(); }
        finally { _starting.Release(); }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
