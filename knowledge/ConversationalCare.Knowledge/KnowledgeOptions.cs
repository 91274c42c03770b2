using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Knowledge;

/// <summary>Settings bound from <c>ConversationalCare:Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "ConversationalCare:Knowledge";

    /// <summary>Folder of <c>*.json</c> article files; relative paths start at the app's base directory.</summary>
    [Required]
    public string SamplesDirectory { get; set; } = "samples";

    /// <summary>Calibrated score at or above which the bot may answer outright.</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.5;

    /// <summary>Calibrated score at or above which the bot offers the candidates as "did you mean".</summary>
    [Range(0.0, 1.0)]
    public double ClarifyThreshold { get; set; } = 0.2;

    public string ResolveSamplesDirectory() => Path.GetFullPath(SamplesDirectory, AppContext.BaseDirectory);
}
