namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// How a customer feels in one message: a label, how strongly (0–1) and how pleasant (−1…1), plus the
/// customer-service cues that were seen, so the console and the escalation reason can say why.
/// </summary>
public sealed record EmotionReading(string Label, double Intensity, double Sentiment, IReadOnlyList<string> Cues)
{
    public static EmotionReading Neutral { get; } = new(Emotions.Neutral, 0, 0, []);

    public bool IsNegative => Emotions.IsNegative(Label);
}
