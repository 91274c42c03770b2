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

    public static bool IsNegative(string label) => Valence(label) < 0;

    /// <summary>
    /// Sentiment of a label felt at full intensity; anger is the worst a customer-service chat gets. A model trained
    /// on another label set (public emotion or sentiment sets name theirs "angry", "fear", "negative") is read through
    /// the nearest of ours; a name nobody knows is neutral.
    /// </summary>
    public static double Valence(string label) => Nearest(label) switch
    {
        Anger => -1.0,
        Frustration => -0.75,
        Sadness => -0.6,
        Anxiety => -0.5,
        Satisfaction => 0.8,
        _ => 0.0,
    };

    private static string Nearest(string label) => label.ToLowerInvariant() switch
    {
        "angry" or "anger" or "disgust" or "annoyance" or "rage" => Anger,
        "frustrated" or "frustration" or "negative" or "disappointment" => Frustration,
        "sad" or "sadness" or "grief" => Sadness,
        "fear" or "afraid" or "anxious" or "anxiety" or "nervousness" or "worry" => Anxiety,
        "happy" or "joy" or "satisfaction" or "satisfied" or "positive" or "gratitude" => Satisfaction,
        var other => other,
    };
}
