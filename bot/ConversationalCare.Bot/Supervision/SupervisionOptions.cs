using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Supervision;

/// <summary>How the supervision KPIs are judged, bound from <c>ConversationalCare:Supervision</c>.</summary>
public sealed class SupervisionOptions
{
    public const string Section = "ConversationalCare:Supervision";

    /// <summary>A customer who comes back with the same intent within this many days was not helped at first contact.</summary>
    [Range(1, 90)] public int FcrWindowDays { get; set; } = 7;

    /// <summary>The longest report period one request may ask for, so a typo cannot scan years of history.</summary>
    [Range(1, 3660)] public int MaxReportDays { get; set; } = 366;

    /// <summary>
    /// Conversations started this many days back are kept pre-aggregated in memory and refreshed as they change,
    /// so reports over recent periods answer fast; a report reaching further back reads the tables directly.
    /// </summary>
    [Range(0, 3660)] public int CacheDays { get; set; } = 120;

    public TimeSpan FcrWindow => TimeSpan.FromDays(FcrWindowDays);
}
