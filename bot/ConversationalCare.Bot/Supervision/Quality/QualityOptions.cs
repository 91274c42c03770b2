using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>How many resolved conversations enter the weekly review queue, bound from <c>ConversationalCare:Quality</c>.</summary>
public sealed class QualityOptions
{
    public const string Section = "ConversationalCare:Quality";

    /// <summary>The share of each agent's resolved handoffs of a week that is reviewed (0.1 = one in ten, rounded).</summary>
    [Range(0.0, 1.0)] public double SampleShare { get; set; } = 0.1;

    /// <summary>At least this many per agent who resolved any that week (fewer only when they resolved fewer).</summary>
    [Range(0, 1000)] public int MinimumPerAgent { get; set; } = 1;

    /// <summary>The longest period the quality report covers.</summary>
    [Range(1, 3660)] public int MaxReportDays { get; set; } = 400;
}
