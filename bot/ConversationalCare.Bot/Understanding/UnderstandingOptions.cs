using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Understanding;

/// <summary>Bound from ConversationalCare:Understanding.</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "ConversationalCare:Understanding";

    /// <summary>Below this probability for the best intent the message counts as out of scope.</summary>
    [Range(0.0, 1.0)]
    public double OutOfScopeThreshold { get; set; } = 0.35;

    /// <summary>Whether Direct Line replies carry the intent and emotion in channelData (for demos and debugging).</summary>
    public bool ExposeInChannelData { get; set; }

    /// <summary>After this many customer messages an earlier message counts half as much in the emotion trajectory.</summary>
    [Range(0.1, 100.0)]
    public double TrajectoryHalfLifeTurns { get; set; } = 2;

    /// <summary>Train both models when the host starts rather than on the first message.</summary>
    public bool TrainAtStartup { get; set; } = true;

    /// <summary>Folder holding intents.csv and emotions.csv; by default the Understanding/Training folder beside the binaries.</summary>
    public string? TrainingDataDirectory { get; set; }
}
