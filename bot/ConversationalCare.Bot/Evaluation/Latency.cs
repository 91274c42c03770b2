using System.Diagnostics;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>Per-call timings and their percentiles.</summary>
public static class Latency
{
    /// <summary>
    /// Elapsed seconds of one call per item, in item order. Callers score every item first, which is the warm-up
    /// (JIT, caches, pooled engines), so this pass measures the steady state.
    /// </summary>
    public static double[] Measure<T>(IReadOnlyList<T> items, Action<T> call)
    {
        var seconds = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            call(items[i]);
            seconds[i] = Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        return seconds;
    }

    /// <summary>Nearest-rank percentile (p in 0..100) of the values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
