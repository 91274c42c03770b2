using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.HandoffConsole.Training;

/// <summary>
/// Port: how the bot's live intent and emotion models read a message, for the training page's "try it" box, and
/// which training version each model runs, so the page can say when a publish is live. The host implements it.
/// </summary>
public interface IUnderstandingPreview
{
    Task<UnderstandingReading> ReadAsync(string text, string locale, CancellationToken cancellationToken);

    /// <summary>The training version the live model of this kind was trained from; null while it has not trained yet.</summary>
    long? LiveVersion(TrainingKind kind);
}

public sealed record IntentGuess(string Intent, double Probability);

/// <summary>
/// What the bot understood: <see cref="Intent"/> is its decision (out_of_scope when unsure), <see cref="TopIntents"/>
/// the model's best guesses with probabilities; emotion label, intensity (0–1) and sentiment (−1…1).
/// </summary>
public sealed record UnderstandingReading(
    string Intent, bool IsOutOfScope, bool MatchedRule, IReadOnlyList<IntentGuess> TopIntents,
    string Emotion, double EmotionIntensity, double Sentiment, IReadOnlyList<string> Cues);
