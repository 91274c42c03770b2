namespace ConversationalCare.Bot.Understanding;

/// <summary>Port: what the customer wants. Locale is a hint (en-US or zh-CN); mixed-language text is expected.</summary>
public interface IIntentClassifier
{
    IntentPrediction Classify(string text, string locale);

    /// <summary>The same for a turn; a classifier that asks a remote model overrides it so no thread waits on the network.</summary>
    ValueTask<IntentPrediction> ClassifyAsync(string text, string locale, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Classify(text, locale));
}
