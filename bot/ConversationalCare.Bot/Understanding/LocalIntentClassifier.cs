using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// The default intent classifier: the human-request rule first, then the trained model. A message is out of scope
/// when the model says so or when even its best in-scope guess is below the configured threshold. One model serves
/// both languages (character n-grams and the bilingual lexicon cover mixed text), so the locale is not needed.
/// </summary>
public sealed class LocalIntentClassifier : IIntentClassifier
{
    private readonly RetrainableTextModel _model;
    private readonly IOptionsMonitor<UnderstandingOptions> _options;

    public LocalIntentClassifier(IUtteranceSource source, IOptionsMonitor<UnderstandingOptions> options, ILogger<LocalIntentClassifier> logger)
    {
        _options = options;
        _model = new RetrainableTextModel("intent", source.IntentUtterancesAsync, Train, logger);
    }

    public RetrainableTextModel Model => _model;

    public bool IsReady => _model.IsReady;

    /// <summary>Replaces the model with one trained on these utterances (content owners publishing).</summary>
    public void Retrain(IEnumerable<Utterance> utterances) => _model.Retrain(utterances);

    /// <summary>How the shipped intent model is trained; the evaluation command trains the same way.</summary>
    public static TrainedTextModel Train(IEnumerable<Utterance> utterances) =>
        TrainedTextModel.Train(utterances, IntentConcepts.Lexicon.Concepts, Settings);

    public static TextModelSettings Settings { get; } = new();

    public IntentPrediction Classify(string text, string locale)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new IntentPrediction([.. Intents.All.Select(intent => new IntentScore(intent, 0.0))], IsOutOfScope: true, MatchedRule: false);
        if (HumanRequestRule.Matches(text))
            return new IntentPrediction(
                [new IntentScore(Intents.RequestHuman, 1.0), .. Intents.All.Where(i => i != Intents.RequestHuman).Select(i => new IntentScore(i, 0.0))],
                IsOutOfScope: false, MatchedRule: true);

        var model = _model.Current;
        var probabilities = model.Score(text);
        var ranked = model.Labels
            .Select((label, i) => new IntentScore(label, probabilities[i]))
            .OrderByDescending(score => score.Probability)
            .ToList();
        var top = ranked[0];
        var outOfScope = top.Intent == Intents.OutOfScope || top.Probability < _options.CurrentValue.OutOfScopeThreshold;
        return new IntentPrediction(ranked, outOfScope, MatchedRule: false);
    }
}
