using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Understanding;

/// <summary>What the bot understood of one customer message.</summary>
public sealed record MessageUnderstanding(IntentPrediction Intent, EmotionReading Emotion)
{
    public MessageAnnotation ToAnnotation() =>
        new(Intent.Intent, Intent.Confidence, Emotion.Label, Emotion.Intensity, Emotion.Sentiment);

    /// <summary>The shape shown to channels that opt in (ConversationalCare:Understanding:ExposeInChannelData).</summary>
    public object ToChannelData() => new
    {
        intent = Intent.Intent,
        intentConfidence = Math.Round(Intent.Confidence, 3),
        emotion = Emotion.Label,
        emotionIntensity = Math.Round(Emotion.Intensity, 3),
        sentiment = Math.Round(Emotion.Sentiment, 3),
    };
}
