namespace ConversationalCare.Bot.Understanding;

/// <summary>Port: what the customer wants. Locale is a hint (en-US or zh-CN); mixed-language text is expected.</summary>
public interface IIntentClassifier
{
    IntentPrediction Classify(string text, string locale);
}
