using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>When supervision raises alerts, bound from <c>ConversationalCare:Supervision:Alerts</c>.</summary>
public sealed class AlertOptions
{
    public const string Section = "ConversationalCare:Supervision:Alerts";

    /// <summary>A CSAT at or below this score creates a follow-up task.</summary>
    [Range(1, 4)] public int FollowUpCsatAtMost { get; set; } = 2;

    /// <summary>An intent's last-hour count must exceed mean + this many standard deviations of its baseline.</summary>
    [Range(1.0, 20.0)] public double SpikeDeviations { get; set; } = 3;

    /// <summary>An open incident closes once the count is at or below mean + this many deviations.</summary>
    [Range(0.0, 20.0)] public double CloseDeviations { get; set; } = 1.5;

    /// <summary>Fewer messages than this in an hour never make an incident, however quiet the intent usually is.</summary>
    [Range(1, 100_000)] public int SpikeMinimumCount { get; set; } = 10;

    /// <summary>Days of hourly counts the baseline is taken from.</summary>
    [Range(1, 60)] public int BaselineDays { get; set; } = 7;

    /// <summary>Hours of history needed before the detector trusts a baseline enough to raise incidents.</summary>
    [Range(1, 1440)] public int MinimumBaselineHours { get; set; } = 24;

    /// <summary>How often the spike detector looks at the last hour.</summary>
    [Range(1, 3600)] public int ScanSeconds { get; set; } = 60;
}
