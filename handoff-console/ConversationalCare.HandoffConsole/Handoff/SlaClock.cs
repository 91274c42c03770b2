using System.Globalization;

namespace ConversationalCare.HandoffConsole.Handoff;

/// <summary>
/// Moves a handoff's SLA state on between the bot's updates, so the countdown an agent watches turns at risk and
/// breached on the second rather than at the next refresh. The bot's word is never softened, only aged.
/// </summary>
internal static class SlaClock
{
    /// <param name="atRiskAt">When the bot will call the wait at risk (its configured share of the target).</param>
    public static SlaState StateAt(SlaState reported, DateTimeOffset atRiskAt, DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (reported is SlaState.Met or SlaState.Breached) return reported;
        if (now >= dueAt) return SlaState.Breached;
        return now >= atRiskAt ? SlaState.AtRisk : reported;
    }

    /// <summary>"1:05 left" or "0:42 over": minutes and seconds, because first-response targets are minutes long.</summary>
    public static string Remaining(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var left = dueAt - now;
        var magnitude = left.Duration();
        var text = magnitude.TotalHours >= 1
            ? $"{(int)magnitude.TotalHours}:{magnitude.Minutes:00}:{magnitude.Seconds:00}"
            : $"{(int)magnitude.TotalMinutes}:{magnitude.Seconds:00}";
        return left > TimeSpan.Zero ? $"{text} left" : $"{text} over";
    }

    public static string Label(SlaState state) => state switch
    {
        SlaState.OnTrack => "On track",
        SlaState.AtRisk => "At risk",
        SlaState.Breached => "Breached",
        SlaState.Met => "Met",
        _ => state.ToString(),
    };

    /// <summary>"4 min", "1 h 20 min": how long a customer has waited, at the granularity an agent cares about.</summary>
    public static string Waited(DateTimeOffset since, DateTimeOffset now)
    {
        var waited = now - since;
        if (waited < TimeSpan.Zero) waited = TimeSpan.Zero;
        if (waited < TimeSpan.FromMinutes(1)) return string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalSeconds} s");
        if (waited < TimeSpan.FromHours(1)) return string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalMinutes} min");
        return string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalHours} h {waited.Minutes} min");
    }
}
