using System.Diagnostics.Metrics;
using ConversationalCare.Bot.Events;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// Figures that are a level rather than a count: the handoff queue, agents online, live listeners. Each is observed
/// only when a scrape or export asks, from a cached reading or in-memory state, never a query per instrument.
/// </summary>
public sealed class CareGauges(CareMetrics metrics, HandoffQueueReading queue, ConversationFeed feed, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge("conversationalcare.handoffs.waiting",
            () => queue.Current().Teams.Select(t => new Measurement<int>(t.Waiting, new KeyValuePair<string, object?>("team", t.Team))),
            "{handoff}", "Handoffs waiting for a person, by team.");
        meter.CreateObservableGauge("conversationalcare.handoffs.oldest_wait",
            () =>
            {
                var now = clock.GetUtcNow();
                return queue.Current().Teams.Select(t => new Measurement<double>(
                    Math.Max(0, (now - t.OldestSince).TotalSeconds), new KeyValuePair<string, object?>("team", t.Team)));
            },
            "s", "How long the longest-waiting handoff of each team has waited.");
        meter.CreateObservableGauge("conversationalcare.agents.online", () => queue.Current().AgentsOnline,
            "{agent}", "Agents whose status is online.");
        meter.CreateObservableGauge("conversationalcare.feed.listeners",
            () =>
            {
                var (conversation, everything) = feed.ListenerCount();
                return new[]
                {
                    new Measurement<int>(conversation, new KeyValuePair<string, object?>("scope", "conversation")),
                    new Measurement<int>(everything, new KeyValuePair<string, object?>("scope", "all")),
                };
            },
            "{listener}", "Live listeners on this host: customer streams per conversation, console views of all.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
