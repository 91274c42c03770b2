using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Tests.Understanding.Providers;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.Bot.Understanding.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>The figures that warn an operator before customers notice: a queue past its SLA, a provider that fails.</summary>
[Collection(TelemetryCollection.Name)]
public class OperationalMetricsTests
{
    [Fact]
    public async Task Counts_SLA_warnings_and_breaches_by_team_and_shows_how_long_the_oldest_customer_waits()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using (var alice = new AgentApiClient(host, "alice")) await alice.GoOnlineAsync();
        await (await DirectLineChat.StartAsync(http)).Ask("agent");

        // The customer asked for a person (P2): 180 s to a first response, at risk from 135 s, breached at 180 s.
        foreach (var seconds in new[] { 140, 41 })
        {
            clock.Advance(TimeSpan.FromSeconds(seconds));
            await host.Services.GetRequiredService<HandoffMonitor>().TickAsync(CancellationToken.None);
        }

        var scrape = await Metrics.ScrapeUntilAsync(http, s => s.Sum("conversationalcare_handoffs_waiting") >= 1
                && s.Sum("conversationalcare_handoff_sla_breaches_total") >= 1
                && s.Sum("conversationalcare_handoffs_oldest_wait_seconds") >= 181,
            "the breach and the customer's wait");
        var team = Assert.Single(scrape.Matching("conversationalcare_handoffs_waiting")).Labels["team"];
        Assert.Equal(1, scrape.Sum("conversationalcare_handoff_sla_warnings_total", ("team", team)));
        Assert.Equal(1, scrape.Sum("conversationalcare_handoff_sla_breaches_total", ("team", team)));
    }

    [Fact]
    public async Task Counts_calls_to_a_provider_that_is_down_as_failures_with_their_duration()
    {
        await using var down = await FakeProviderServer.StartAsync();
        down.Respond = FakeProviderServer.Status(503);
        using var host = new BotHost(new()
        {
            [AzureLanguageOptions.Section + ":Endpoint"] = down.BaseAddress.ToString(),
            [AzureLanguageOptions.Section + ":Key"] = "test-language-key",
        });
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();

        await chat.Ask("my parcel is late again, this is so annoying");

        var scrape = await Metrics.ScrapeUntilAsync(http,
            s => s.Sum("conversationalcare_provider_failures_total", ("provider", AzureSentimentEmotionDetector.ProviderName)) >= 1,
            "the failed Azure call");
        Assert.True(scrape.Sum("conversationalcare_provider_duration_seconds_count",
            ("provider", AzureSentimentEmotionDetector.ProviderName), ("outcome", "failed")) >= 1);
        Assert.Equal(0, scrape.Sum("conversationalcare_provider_duration_seconds_count", ("outcome", "answered")));
    }
}
