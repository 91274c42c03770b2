using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ConversationalCare.Benchmarks;

/// <summary>Human-readable lines per round, and the one JSON line a script can parse at the end.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Round(RoundResult round, double offeredRate)
    {
        var attempted = round.N * round.M;
        var load = offeredRate > 0 ? Invariant($" offered {offeredRate:0} turns/s") : " closed loop";
        Console.WriteLine(Invariant($"N={round.N} M={round.M}{load}: {round.Turns}/{attempted} turns answered in {round.Seconds:0.00} s = {round.TurnsPerSecond:0.0} turns/s (setup {round.SetupSeconds:0.00} s, {round.BotMessages} bot messages)"));
        Console.WriteLine(Invariant($"  reply latency ms: {Percentiles(round.Latency)}"));
        Console.WriteLine(Invariant($"  POST ack ms:      {Percentiles(round.Acknowledgement)}"));
        if (round.Host is { } host)
            Console.WriteLine(Invariant($"  host peak {host.PeakMb:0.0} MB resident{(host.PeakWasReset ? "" : " (sampled VmRSS; VmHWM could not be reset)")}, {host.PeakThreads} threads; CPU host {host.HostCpuPercent:0}% client {host.ClientCpuPercent:0}% other processes {host.OtherCpuPercent:0}% of {Environment.ProcessorCount * 100}%"));
        if (round.UnthreadedReplies > 0)
            Console.WriteLine($"  warning: {round.UnthreadedReplies} replies had no replyToId and were matched by arrival order (a host bug)");
        Console.WriteLine($"  errors: {round.Errors}");
        foreach (var (kind, count) in round.ErrorKinds.OrderByDescending(e => e.Value))
            Console.WriteLine($"    {count,6} × {kind}");
    }

    public static void HostLog(HostLog log)
    {
        if (log.Entries.Count == 0) return;
        Console.WriteLine("host log warnings and failures:");
        foreach (var (entry, count) in log.Entries.OrderByDescending(e => e.Value))
            Console.WriteLine($"  {count,6} × {entry}");
        Console.WriteLine("host log tail:");
        Console.WriteLine(log.Tail(60));
    }

    /// <summary>The last line: every figure of every round, flat per round.</summary>
    public static void Summary(IEnumerable<RoundResult> rounds, double offeredRate) =>
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rounds = rounds.Select(r => new
            {
                n = r.N,
                m = r.M,
                offeredRate = offeredRate > 0 ? offeredRate : (double?)null,
                turns = r.Turns,
                seconds = r.Seconds,
                turnsPerSecond = r.TurnsPerSecond,
                p50Ms = r.Latency.P50Ms,
                p95Ms = r.Latency.P95Ms,
                p99Ms = r.Latency.P99Ms,
                maxMs = r.Latency.MaxMs,
                ackP50Ms = r.Acknowledgement.P50Ms,
                ackP95Ms = r.Acknowledgement.P95Ms,
                errors = r.Errors,
                unthreadedReplies = r.UnthreadedReplies,
                hostPeakMb = r.Host?.PeakMb,
                hostPeakThreads = r.Host?.PeakThreads,
                hostCpuPercent = r.Host?.HostCpuPercent,
                clientCpuPercent = r.Host?.ClientCpuPercent,
                otherCpuPercent = r.Host?.OtherCpuPercent,
                setupSeconds = r.SetupSeconds,
                errorKinds = r.ErrorKinds,
            }),
        }, Json));

    /// <summary>One row per posted turn, times in ms; postedAtMs counts from the start of that round's turn phase.</summary>
    public static void Timings(string path, IEnumerable<RoundResult> rounds)
    {
        using var csv = new StreamWriter(path);
        csv.WriteLine("n,conversation,turn,postedAtMs,ackMs,replyMs,threaded,text");
        foreach (var round in rounds)
        foreach (var turn in round.Timings.OrderBy(t => t.PostedAt))
        {
            var postedAt = Stopwatch.GetElapsedTime(round.TurnsStartedAt, turn.PostedAt).TotalMilliseconds;
            csv.WriteLine(Invariant($"{round.N},{turn.Conversation},{turn.Turn},{postedAt:0.0},{turn.AcknowledgementMs:0.0},{turn.ReplyMs:0.0},{turn.Threaded},\"{turn.Text.Replace("\"", "\"\"")}\""));
        }
        Console.WriteLine($"turn timings written to {path}");
    }

    private static string Percentiles(LatencySummary latency) =>
        Invariant($"p50 {latency.P50Ms,6:0.0}  p95 {latency.P95Ms,6:0.0}  p99 {latency.P99Ms,6:0.0}  max {latency.MaxMs,6:0.0}  mean {latency.MeanMs,6:0.0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
