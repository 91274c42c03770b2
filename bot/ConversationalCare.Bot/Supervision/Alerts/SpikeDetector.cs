namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>An intent's last-hour count against its baseline, and what it means.</summary>
public sealed record SpikeAssessment(int Count, double Mean, double Deviation, double RaiseAbove, double CloseAtOrBelow)
{
    /// <summary>Well above the baseline and busy enough to matter: raise (or keep) an incident.</summary>
    public bool IsSpike => Count > RaiseAbove;
    /// <summary>Back to normal: an open incident closes. Between the two an open incident stays open (no flapping).</summary>
    public bool IsNormal => Count <= CloseAtOrBelow;
}

/// <summary>
/// Pure detection: mean and standard deviation of the same intent's hourly counts over the baseline period.
/// The deviation is floored at √mean and at 1 (counts are roughly Poisson), so a quiet, flat history does not turn
/// two extra messages into an incident; a minimum volume keeps rare intents from alarming on a handful.
/// </summary>
public static class SpikeDetector
{
    public static SpikeAssessment Assess(int count, IReadOnlyCollection<int> hourlyBaseline, AlertOptions options)
    {
        var mean = hourlyBaseline.Count == 0 ? 0 : hourlyBaseline.Average();
        var variance = hourlyBaseline.Count < 2 ? 0 : hourlyBaseline.Sum(c => (c - mean) * (c - mean)) / (hourlyBaseline.Count - 1);
        var deviation = Math.Max(Math.Sqrt(variance), Math.Max(Math.Sqrt(mean), 1));
        // Too little history to know what normal is (a fresh installation): watch, but do not alarm yet.
        var raiseAbove = hourlyBaseline.Count < options.MinimumBaselineHours
            ? double.PositiveInfinity
            : Math.Max(mean + options.SpikeDeviations * deviation, options.SpikeMinimumCount - 1);
        var closeAtOrBelow = Math.Max(mean + options.CloseDeviations * deviation, 0);
        return new SpikeAssessment(count, Math.Round(mean, 2), Math.Round(deviation, 2), raiseAbove, Math.Min(closeAtOrBelow, raiseAbove));
    }
}
