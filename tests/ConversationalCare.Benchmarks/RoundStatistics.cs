using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>Collects one round's turn timings and errors from many conversations at once.</summary>
public sealed class RoundRecorder
{
    private readonly Lock _gate = new();
    private readonly List<TurnTiming> _timings = [];
    private readonly ConcurrentDictionary<string, int> _errors = new();

    /// <summary>A posted turn; its reply time is null when no reply came (the error is counted separately).</summary>
    public void Turn(TurnTiming timing) { lock (_gate) _timings.Add(timing); }

    public void Error(string kind, int times = 1) => _errors.AddOrUpdate(kind, times, (_, count) => count + times);

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public IReadOnlyList<TurnTiming> Timings() { lock (_gate) return [.. _timings]; }
}

/// <param name="PostedAt">Stopwatch ticks just before the POST.</param>
/// <param name="AcknowledgedAt">When the POST returned its id: the host has stored the message.</param>
/// <param name="RepliedAt">When the bot's reply was read from the socket.</param>
/// <param name="Threaded">False when the reply lacked replyToId and was matched by arrival order instead.</param>
public sealed record TurnTiming(int Conversation, int Turn, string Text, long PostedAt, long AcknowledgedAt, long? RepliedAt, bool Threaded)
{
    public double AcknowledgementMs => Stopwatch.GetElapsedTime(PostedAt, AcknowledgedAt).TotalMilliseconds;
    public double? ReplyMs => RepliedAt is { } replied ? Stopwatch.GetElapsedTime(PostedAt, replied).TotalMilliseconds : null;
}

/// <summary>Latency percentiles by nearest rank, in milliseconds.</summary>
public sealed record LatencySummary(double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return new(0, 0, 0, 0, 0);
        return new(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), Round(sorted[^1]), Round(sorted.Average()));
    }

    private static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return Round(sorted[Math.Clamp(rank, 1, sorted.Length) - 1]);
    }

    private static double Round(double milliseconds) => Math.Round(milliseconds, 1);
}
