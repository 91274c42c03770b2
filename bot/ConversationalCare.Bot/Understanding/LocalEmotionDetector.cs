namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// The default emotion detector: the trained model names the emotion, customer-service cues say how strongly it is
/// felt. Sentiment blends the label's valence at that intensity with the model's expected valence, so an unsure
/// reading stays near zero.
/// </summary>
public sealed class LocalEmotionDetector : IEmotionDetector
{
    private readonly RetrainableTextModel _model;

    public LocalEmotionDetector(IUtteranceSource source, ILogger<LocalEmotionDetector> logger) =>
        _model = new RetrainableTextModel("emotion", source.EmotionExamplesAsync, Train, logger);

    public RetrainableTextModel Model => _model;

    public bool IsReady => _model.IsReady;

    public void Retrain(IEnumerable<Utterance> examples) => _model.Retrain(examples);

    /// <summary>How the shipped emotion model is trained; the evaluation command trains the same way.</summary>
    public static TrainedTextModel Train(IEnumerable<Utterance> examples) =>
        TrainedTextModel.Train(examples, EmotionConcepts.Of, Settings);

    public static TextModelSettings Settings { get; } = new();

    public EmotionReading Detect(string text, string locale)
    {
        if (string.IsNullOrWhiteSpace(text)) return EmotionReading.Neutral;
        var model = _model.Current;
        var probabilities = model.Score(text);
        var best = Array.IndexOf(probabilities, probabilities.Max());
        var label = model.Labels[best];
        var confidence = (double)probabilities[best];
        var cues = EmotionCues.In(text);
        var negativeCues = cues.Count(EmotionCues.IsNegative);

        // Swearing, shouting or a complaint threat is not neutral, whatever the words: take the likeliest negative
        // (when the model knows one; a model trained only on positive and neutral labels keeps its reading).
        if (label == Emotions.Neutral && (negativeCues >= 2 || cues.Contains(EmotionCues.Profanity) || cues.Contains(EmotionCues.Shouting))
            && LikeliestNegative(model, probabilities) is { } negative)
            (label, confidence) = negative;

        var intensity = label == Emotions.Neutral
            ? Math.Clamp(1 - confidence, 0, 0.3)
            : Math.Clamp(0.3 + 0.5 * confidence + cues.Sum(EmotionCues.Weight), 0, 1);

        // Frustration that shouts, swears or piles up cues ("第三次投诉了！！！") has tipped over into anger.
        if (label == Emotions.Frustration && intensity >= 0.8 &&
            (cues.Contains(EmotionCues.Shouting) || cues.Contains(EmotionCues.Profanity) || negativeCues >= 2 && cues.Contains(EmotionCues.RepeatedPunctuation)))
            label = Emotions.Anger;

        var expected = model.Labels.Select((name, i) => Emotions.Valence(name) * probabilities[i]).Sum();
        var sentiment = Math.Clamp(0.5 * Emotions.Valence(label) * intensity + 0.5 * expected - 0.05 * negativeCues, -1, 1);
        return new EmotionReading(label, Math.Round(intensity, 3), Math.Round(sentiment, 3), cues);
    }

    private static (string Label, double Confidence)? LikeliestNegative(TrainedTextModel model, float[] probabilities)
    {
        var negatives = Enumerable.Range(0, probabilities.Length).Where(i => Emotions.IsNegative(model.Labels[i])).ToList();
        if (negatives.Count == 0) return null;
        var negative = negatives.MaxBy(i => probabilities[i]);
        return (model.Labels[negative], probabilities[negative]);
    }
}
