namespace ConversationalCare.Bot.Understanding;

/// <summary>Port: how the customer feels in one message.</summary>
public interface IEmotionDetector
{
    EmotionReading Detect(string text, string locale);

    /// <summary>The same for a turn; a detector that asks a remote service overrides it so no thread waits on the network.</summary>
    ValueTask<EmotionReading> DetectAsync(string text, string locale, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Detect(text, locale));
}
