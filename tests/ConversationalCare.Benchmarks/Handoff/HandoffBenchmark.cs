using System.Globalization;
using System.Text.Json;

namespace ConversationalCare.Benchmarks.Handoff;

/// <summary>
/// --handoff: the delivery latency between one agent and N handed-off customers. The agent uses the agent API
/// (bearer token) to send and its event stream to listen; customers use the Direct Line WebSocket as Web Chat does.
/// </summary>
public static class HandoffBenchmark
{
    private const string Agent = "alice";

    /// <summary>
    /// A started host runs with production settings, so the demo team is seeded explicitly and alice gets a fresh
    /// token for this run. Capacity needs no change: it only limits offers, and the agent claims beyond it.
    /// </summary>
    public static Dictionary<string, string> HostSettings(string agentToken) => new()
    {
        ["ConversationalCare__Demo__SeedUsers"] = "true",
        [$"ConversationalCare__Demo__Tokens__{Agent}"] = agentToken,
    };

    /// <summary>Runs one round per N, adding each to <paramref name="rounds"/> as it finishes.</summary>
    public static async Task RunAsync(LoadTargets hosts, BenchmarkOptions options, string agentToken, HostMonitor? monitor,
        List<HandoffRoundResult> rounds, CancellationToken cancellationToken)
    {
        var desk = new AgentDesk(hosts.First, agentToken);
        await using var agentStream = await HandoffRound.PrepareAgentAsync(hosts.First.BaseAddress!, desk, cancellationToken);
        await HandoffRound.WarmUpAsync(hosts, desk, agentStream, options, cancellationToken);
        foreach (var conversations in options.ConversationCounts)
        {
            var round = await HandoffRound.RunAsync(hosts, desk, agentStream, options, conversations, options.MessagesPerConversation, monitor, cancellationToken);
            Report(round, options.Rate);
            rounds.Add(round);
        }
    }

    public static void Report(HandoffRoundResult round, double offeredRate)
    {
        var attempted = round.N * round.M;
        var load = offeredRate > 0 ? Invariant($"offered {offeredRate:0} exchanges/s") : "closed loop";
        Console.WriteLine(Invariant($"handoff N={round.N} M={round.M} {load}: {round.DeliveredToCustomer}/{attempted} agent→customer and {round.DeliveredToAgent}/{attempted} customer→agent delivered in {round.Seconds:0.00} s (setup {round.SetupSeconds:0.00} s)"));
        Console.WriteLine($"  agent→customer ms:    {Percentiles(round.AgentToCustomer)}");
        Console.WriteLine($"  customer→agent ms:    {Percentiles(round.CustomerToAgent)}");
        Console.WriteLine($"  agent POST ack ms:    {Percentiles(round.AgentPostAck)}");
        Console.WriteLine($"  customer POST ack ms: {Percentiles(round.CustomerPostAck)}");
        Console.WriteLine($"  agent stream events: {string.Join(", ", round.StreamEvents.OrderBy(e => e.Key).Select(e => $"{e.Value} {e.Key}"))}");
        if (round.Host is { } host)
            Console.WriteLine(Invariant($"  host peak {host.PeakMb:0.0} MB resident{(host.PeakWasReset ? "" : " (sampled VmRSS)")}, {host.PeakThreads} threads; CPU host {host.HostCpuPercent:0}% client {host.ClientCpuPercent:0}% other processes {host.OtherCpuPercent:0}% of {Environment.ProcessorCount * 100}%"));
        Console.WriteLine($"  errors: {round.Errors}");
        foreach (var (kind, count) in round.ErrorKinds.OrderByDescending(e => e.Value))
            Console.WriteLine($"    {count,6} × {kind}");
    }

    /// <summary>The last line: every figure of every round, flat per round, for scripts.</summary>
    public static void Summary(IEnumerable<HandoffRoundResult> rounds, double offeredRate) =>
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            handoffRounds = rounds.Select(r => new
            {
                n = r.N,
                m = r.M,
                offeredRate = offeredRate > 0 ? offeredRate : (double?)null,
                seconds = r.Seconds,
                agentToCustomer = r.AgentToCustomer,
                customerToAgent = r.CustomerToAgent,
                agentPostAck = r.AgentPostAck,
                customerPostAck = r.CustomerPostAck,
                deliveredToCustomer = r.DeliveredToCustomer,
                deliveredToAgent = r.DeliveredToAgent,
                errors = r.Errors,
                hostPeakMb = r.Host?.PeakMb,
                hostPeakThreads = r.Host?.PeakThreads,
                hostCpuPercent = r.Host?.HostCpuPercent,
                clientCpuPercent = r.Host?.ClientCpuPercent,
                otherCpuPercent = r.Host?.OtherCpuPercent,
                setupSeconds = r.SetupSeconds,
                errorKinds = r.ErrorKinds,
                streamEvents = r.StreamEvents,
            }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    private static string Percentiles(LatencySummary latency) =>
        Invariant($"p50 {latency.P50Ms,6:0.0}  p95 {latency.P95Ms,6:0.0}  p99 {latency.P99Ms,6:0.0}  max {latency.MaxMs,6:0.0}  mean {latency.MeanMs,6:0.0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
