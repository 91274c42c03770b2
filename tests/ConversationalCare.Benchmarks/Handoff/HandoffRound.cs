using System.Diagnostics;

namespace ConversationalCare.Benchmarks.Handoff;

/// <summary>
/// One handoff measurement: N customers ask for a person and are claimed by one agent (untimed), then every
/// conversation runs M exchanges at once, each timing agent→customer and customer→agent delivery.
/// </summary>
public static class HandoffRound
{
    public static async Task<HandoffRoundResult> RunAsync(LoadTargets hosts, AgentDesk desk, AgentEventStream agentStream, BenchmarkOptions options,
        int conversations, int exchanges, HostMonitor? monitor, CancellationToken cancellationToken)
    {
        var recorder = new ExchangeRecorder();
        var customers = Enumerable.Range(0, conversations)
            .Select(i => new HandedOffConversation(i, hosts.For(i), desk, recorder, options.ReplyTimeout)).ToArray();
        var eventsBefore = agentStream.EventCounts.ToDictionary();
        try
        {
            var setup = Stopwatch.StartNew();
            using (var gate = new SemaphoreSlim(options.SetupConcurrency))
                await Task.WhenAll(customers.Select(c => c.SetUpAsync(gate, cancellationToken)));
            setup.Stop();

            monitor?.BeginRound();
            var timed = Stopwatch.StartNew();
            // --rate counts exchanges per second in all; each exchange is one message each way.
            TimeSpan? pace = options.Rate > 0 ? TimeSpan.FromSeconds(conversations / options.Rate) : null;
            await Task.WhenAll(customers.Select(c => Task.Run(() => c.RunExchangesAsync(exchanges, agentStream, pace, cancellationToken), cancellationToken)));
            timed.Stop();
            var host = monitor?.EndRound();

            return new HandoffRoundResult(
                N: conversations,
                M: exchanges,
                Seconds: Math.Round(timed.Elapsed.TotalSeconds, 3),
                AgentToCustomer: recorder.Latency(Direction.AgentToCustomer),
                CustomerToAgent: recorder.Latency(Direction.CustomerToAgent),
                AgentPostAck: recorder.Acknowledgement(Direction.AgentToCustomer),
                CustomerPostAck: recorder.Acknowledgement(Direction.CustomerToAgent),
                DeliveredToCustomer: recorder.Delivered(Direction.AgentToCustomer),
                DeliveredToAgent: recorder.Delivered(Direction.CustomerToAgent),
                Errors: recorder.Errors.Values.Sum(),
                ErrorKinds: new SortedDictionary<string, int>(recorder.Errors.ToDictionary()),
                StreamEvents: agentStream.EventCounts.ToDictionary(e => e.Key, e => e.Value - eventsBefore.GetValueOrDefault(e.Key)),
                SetupSeconds: Math.Round(setup.Elapsed.TotalSeconds, 3),
                Host: host);
        }
        finally
        {
            await Task.WhenAll(customers.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>The agent goes online (so requests become live handoffs, not tickets) and opens the event stream.</summary>
    public static async Task<AgentEventStream> PrepareAgentAsync(Uri baseUrl, AgentDesk desk, CancellationToken cancellationToken)
    {
        if (await desk.GoOnlineAsync(cancellationToken) is { } offline)
            throw new InvalidOperationException($"The agent could not go online ({offline}); is the agent token configured on the host?");
        var (stream, error) = await AgentEventStream.OpenAsync(baseUrl, desk, cancellationToken);
        return stream ?? throw new InvalidOperationException($"The agent event stream did not open: {error}");
    }

    /// <summary>A few small rounds, discarded, so JIT and pools are warm before measuring.</summary>
    public static async Task WarmUpAsync(LoadTargets hosts, AgentDesk desk, AgentEventStream agentStream, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Warmup <= TimeSpan.Zero) return;
        var clock = Stopwatch.StartNew();
        var (exchanges, errors) = (0, 0);
        while (clock.Elapsed < options.Warmup && !cancellationToken.IsCancellationRequested)
        {
            var round = await RunAsync(hosts, desk, agentStream, options with { Rate = 0 }, conversations: 4, exchanges: 5, monitor: null, cancellationToken);
            exchanges += round.DeliveredToAgent;
            errors += round.Errors;
        }
        Console.WriteLine($"warm-up: {exchanges} exchanges, {errors} errors in {clock.Elapsed.TotalSeconds:0.0} s (not counted)");
    }
}

/// <summary>One handoff round's figures; latencies are from just before the POST to the moment the other side read it.</summary>
public sealed record HandoffRoundResult(
    int N,
    int M,
    double Seconds,
    LatencySummary AgentToCustomer,
    LatencySummary CustomerToAgent,
    LatencySummary AgentPostAck,
    LatencySummary CustomerPostAck,
    int DeliveredToCustomer,
    int DeliveredToAgent,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    IReadOnlyDictionary<string, int> StreamEvents,
    double SetupSeconds,
    HostUsage? Host);
