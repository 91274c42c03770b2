using ConversationalCare.HandoffConsole.Training;
using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Bot.Understanding;

/// <summary>The console's window on the live models: the same classifier and detector every customer turn uses.</summary>
public sealed class UnderstandingPreview(IIntentClassifier intents, IEmotionDetector emotions, DatabaseUtteranceSource source) : IUnderstandingPreview
{
    public const int TopIntents = 3;

    public Task<UnderstandingReading> ReadAsync(string text, string locale, CancellationToken cancellationToken) =>
        // Off the circuit's thread: before the first training finishes, reading waits for it.
        Task.Run(() =>
        {
            var intent = intents.Classify(text, locale);
            var emotion = emotions.Detect(text, locale);
            return new UnderstandingReading(
                intent.Intent, intent.IsOutOfScope, intent.MatchedRule,
                intent.Ranked.Take(TopIntents).Select(score => new IntentGuess(score.Intent, score.Probability)).ToList(),
                emotion.Label, emotion.Intensity, emotion.Sentiment, emotion.Cues);
        }, cancellationToken);

    public long? LiveVersion(TrainingKind kind) => source.TrainedVersion(kind);
}
