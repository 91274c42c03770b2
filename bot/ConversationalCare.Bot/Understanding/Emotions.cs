namespace ConversationalCare.Bot.Understanding;

/// <summary>The emotion labels and how pleasant each one is, which is what sentiment and the trajectory are built from.</summary>
public static class Emotions
{
    public const string Anger = "anger";
    public const string Frustration = "frustration";
    public const string Anxiety = "anxiety";
    public const string Sadness = "sadness";
    public const string Satisfaction = "satisfaction";
    public const string Neutral = "neutral";

    public static IReadOnlyList<string> All { get; } = [Anger, Frustration, Anxiety, Sadness, Satisfaction, Neutral];

    public static bool IsNegative(string label) => label is Anger or Frustration or Anxiety or Sadness;

    /// <summary>Sentiment of a label felt at full intensity; anger is the worst a customer-service chat gets.</summary>
    public static double Valence(string label) => label switch
    {
        Anger => -1.0,
        Frustration => -0.75,
        Sadness => -0.6,
        Anxiety => -0.5,
        Satisfaction => 0.8,
        _ => 0.0,
    };
}
