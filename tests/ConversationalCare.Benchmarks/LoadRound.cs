using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// One measurement: set up N conversations (untimed), then release them together and time M turns each.
/// Turns per second counts answered turns over the wall time of that turn phase.
/// </summary>
public static class LoadRound
{
    public static async Task<RoundResult> RunAsync(LoadTargets hosts, BenchmarkOptions options, int conversations, int messages,
        HostMonitor? monitor, CancellationToken cancellationToken)
    {
        var recorder = new RoundRecorder();
        var drivers = Enumerable.Range(0, conversations)
            .Select(i => new ConversationDriver(i, hosts.For(i), recorder, options.ReplyTimeout))
            .ToArray();
        try
        {
            var setup = Stopwatch.StartNew();
            using (var gate = new SemaphoreSlim(options.SetupConcurrency))
                await Task.WhenAll(drivers.Select(d => d.SetUpAsync(gate, cancellationToken)));
            setup.Stop();

            // Host figures cover the turn phase only, like the turn rate; the sockets are all open by now.
            monitor?.BeginRound();
            var turnsStartedAt = Stopwatch.GetTimestamp();
            var turns = Stopwatch.StartNew();
            TimeSpan? pace = options.Rate > 0 ? TimeSpan.FromSeconds(conversations / options.Rate) : null;
            await Task.WhenAll(drivers.Select(d => Task.Run(() => d.RunTurnsAsync(messages, pace, cancellationToken), cancellationToken)));
            turns.Stop();
            var host = monitor?.EndRound();

            var timings = recorder.Timings();
            var answered = timings.Count(t => t.RepliedAt is not null);
            var seconds = turns.Elapsed.TotalSeconds;
            return new RoundResult(
                N: conversations,
                M: messages,
                Turns: answered,
                Seconds: Math.Round(seconds, 3),
                TurnsPerSecond: Math.Round(answered / seconds, 1),
                Latency: LatencySummary.Of(timings.Where(t => t.ReplyMs is not null).Select(t => t.ReplyMs!.Value)),
                Acknowledgement: LatencySummary.Of(timings.Select(t => t.AcknowledgementMs)),
                Errors: recorder.Errors.Values.Sum(),
                ErrorKinds: new SortedDictionary<string, int>(recorder.Errors.ToDictionary()),
                SetupSeconds: Math.Round(setup.Elapsed.TotalSeconds, 3),
                BotMessages: drivers.Sum(d => d.BotMessages),
                UnthreadedReplies: timings.Count(t => t.RepliedAt is not null && !t.Threaded),
                Host: host,
                TurnsStartedAt: turnsStartedAt,
                Timings: timings);
        }
        finally
        {
            await Task.WhenAll(drivers.Select(d => d.DisposeAsync().AsTask()));
        }
    }
}

/// <summary>One round's figures. <see cref="Errors"/> counts failed setups, posts and missing replies.</summary>
public sealed record RoundResult(
    int N,
    int M,
    int Turns,
    double Seconds,
    double TurnsPerSecond,
    LatencySummary Latency,
    LatencySummary Acknowledgement,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    double SetupSeconds,
    int BotMessages,
    int UnthreadedReplies,
    HostUsage? Host,
    long TurnsStartedAt,
    IReadOnlyList<TurnTiming> Timings);
