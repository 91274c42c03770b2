namespace ConversationalCare.Bot.Supervision;

/// <summary>Nearest-rank percentiles: the smallest value with at least p% of values at or below it (always a real value).</summary>
public static class Percentile
{
    public static double? Of(List<double> values, double p)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var rank = (int)Math.Ceiling(p / 100.0 * values.Count);
        return values[Math.Clamp(rank, 1, values.Count) - 1];
    }
}
