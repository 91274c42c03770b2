using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>An operator scraping /metrics while customers chat sees the turns, the channels and the queue.</summary>
[Collection(TelemetryCollection.Name)]
public class MetricsEndpointTests
{
    private const string Turns = "conversationalcare_turns_total";
    private const string StageSeconds = "conversationalcare_turn_stage_duration_seconds_count";
    private const string TurnSeconds = "conversationalcare_turn_duration_seconds_count";
    private const string Messages = "conversationalcare_messages_total";
    private const string Waiting = "conversationalcare_handoffs_waiting";
    private const string OldestWait = "conversationalcare_handoffs_oldest_wait_seconds";
    private const string AgentsOnline = "conversationalcare_agents_online";
    private const string CommitSize = "conversationalcare_transcript_commit_size_count";

    private static readonly string[] Stages = ["store", "understand", "retrieve", "decide", "send"];
    private static readonly string[] KnownOutcomes = ["answer", "clarify", "fallback", "handoff", "agent", "none", "error"];

    [Fact]
    public async Task Shows_turns_by_stage_and_outcome_messages_by_channel_and_the_handoff_queue()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.GoOnlineAsync()).StatusCode);
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask("how do I return an item?");
        await chat.Ask("what is the airspeed velocity of an unladen swallow");
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");

        var scrape = await Metrics.ScrapeUntilAsync(http, s =>
                s.Sum(Turns, ("outcome", "handoff"), ("channel", "directline")) >= 1
                && s.Sum(Waiting) >= 1 && s.Sum(AgentsOnline) >= 1,
            "the handoff turn and the waiting handoff");

        Assert.True(scrape.Sum(Turns, ("outcome", "answer"), ("channel", "directline")) >= 1);
        Assert.True(scrape.Sum(Turns, ("outcome", "fallback"), ("channel", "directline")) >= 1);
        Assert.Subset(KnownOutcomes.ToHashSet(), scrape.LabelValues(Turns, "outcome").ToHashSet());
        foreach (var stage in Stages)
            Assert.True(scrape.Sum(StageSeconds, ("stage", stage), ("outcome", "answer")) >= 1, $"no '{stage}' time for an answered turn");
        Assert.True(scrape.Sum(StageSeconds, ("stage", "send"), ("outcome", "handoff")) >= 1);
        Assert.True(scrape.Sum(TurnSeconds, ("outcome", "answer")) >= 1);

        Assert.True(scrape.Sum(Messages, ("channel", "directline"), ("direction", "in")) >= 3);
        Assert.True(scrape.Sum(Messages, ("channel", "directline"), ("direction", "out")) >= 3);
        Assert.True(scrape.Sum(CommitSize) >= 1, "transcript commits are measured");

        var team = Assert.Single(scrape.Matching(Waiting)).Labels["team"];
        Assert.NotEmpty(team);
        Assert.True(Assert.Single(scrape.Matching(OldestWait, ("team", team))).Value >= 0);
    }

    [Fact]
    public async Task Serves_the_Prometheus_text_format()
    {
        using var host = new BotHost();
        using var http = host.NewClient();

        using var response = await http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE conversationalcare_agents_online gauge", text);
        Assert.Contains("conversationalcare_feed_listeners", text);
    }
}
