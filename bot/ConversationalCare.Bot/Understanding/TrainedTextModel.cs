using ConversationalCare.Knowledge.Language;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// A multiclass text model: word uni/bigrams plus character 1–3-grams (typos still share most features) plus
/// Chinese word n-grams from a segmenter (Chinese has no spaces, so without it "words" are whole sentences) plus
/// lexicon concepts, into an L-BFGS maximum-entropy classifier whose softmax
/// gives probabilities (at the default regularisation, mean top probability ≈ cross-validated accuracy).
/// Immutable once trained; retraining builds a new one, so a swap is a single reference write.
/// </summary>
public sealed class TrainedTextModel
{
    private readonly ObjectPool<PredictionEngine<TextRow, ScoreRow>> _engines;

    private readonly Func<string, string> _concepts;

    private readonly bool _chineseWords;

    private TrainedTextModel(
        IReadOnlyList<string> labels, ObjectPool<PredictionEngine<TextRow, ScoreRow>> engines, Func<string, string> concepts, bool chineseWords)
    {
        Labels = labels;
        _engines = engines;
        _concepts = concepts;
        _chineseWords = chineseWords;
    }

    /// <summary>Labels in the order of the probabilities <see cref="Score"/> returns.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <param name="concepts">Extra evidence for a text as space-separated concept words (a lexicon); none if null.</param>
    public static TrainedTextModel Train(IEnumerable<Utterance> examples, Func<string, string>? concepts = null, TextModelSettings? settings = null)
    {
        settings ??= new TextModelSettings();
        concepts ??= _ => "";
        var chineseWords = settings.ChineseWordNgrams > 0;
        var rows = examples.Select(example => Row(example.Text, example.Label, concepts, chineseWords)).ToList();
        if (rows.Select(row => row.Label).Distinct().Count() < 2)
            throw new ArgumentException("A classifier needs examples of at least two labels.", nameof(examples));

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", FeaturizerOptions(settings), nameof(TextRow.Text)))
            .Append(ml.Transforms.Text.TokenizeIntoWords("ConceptWords", nameof(TextRow.Concepts)))
            .Append(ml.Transforms.Conversion.MapValueToKey("ConceptKeys", "ConceptWords"))
            .Append(ml.Transforms.Text.ProduceNgrams("ConceptBag", "ConceptKeys", ngramLength: 1))
            .Append(ml.Transforms.NormalizeLpNorm("ConceptBag"))
            .Append(ml.Transforms.Text.TokenizeIntoWords("ChineseTokens", nameof(TextRow.Words)))
            .Append(ml.Transforms.Conversion.MapValueToKey("ChineseKeys", "ChineseTokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("ChineseBag", "ChineseKeys", ngramLength: Math.Max(1, settings.ChineseWordNgrams), useAllLengths: true, weighting: settings.Weighting))
            .Append(ml.Transforms.NormalizeLpNorm("ChineseBag"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "ConceptBag", "ChineseBag"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new()
            {
                L2Regularization = settings.L2Regularization,
                L1Regularization = 0,
                OptimizationTolerance = 1e-6f,
            }));
        var model = pipeline.Fit(data);

        var labelKeys = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Label"].GetKeyValues(ref labelKeys);
        var labels = labelKeys.DenseValues().Select(label => label.ToString()).ToArray();

        // PredictionEngine is not thread-safe and costs a little to build, so turns borrow one from a pool.
        var engines = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new EnginePolicy(() => ml.Model.CreatePredictionEngine<TextRow, ScoreRow>(model)));
        return new TrainedTextModel(labels, engines, concepts, chineseWords);
    }

    private static TextRow Row(string text, string label, Func<string, string> concepts, bool chineseWords) =>
        // A sentinel keeps the concept and word columns non-empty, which the key mapping needs.
        new()
        {
            Text = TrainingText.Normalize(text),
            Concepts = "any " + concepts(text),
            Words = chineseWords ? "any " + ChineseWords.Segment(text) : "any",
            Label = label,
        };

    /// <summary>Probabilities per label, aligned with <see cref="Labels"/>, summing to 1.</summary>
    public float[] Score(string text)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(Row(text, "", _concepts, _chineseWords)).Score;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private static TextFeaturizingEstimator.Options FeaturizerOptions(TextModelSettings settings) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgrams, UseAllLengths = true, Weighting = settings.Weighting },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = true, Weighting = settings.Weighting },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    public sealed class TextRow
    {
        public string Text { get; set; } = "";
        public string Concepts { get; set; } = "";
        public string Words { get; set; } = "";
        public string Label { get; set; } = "";
    }

    public sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class EnginePolicy(Func<PredictionEngine<TextRow, ScoreRow>> create)
        : IPooledObjectPolicy<PredictionEngine<TextRow, ScoreRow>>
    {
        public PredictionEngine<TextRow, ScoreRow> Create() => create();

        public bool Return(PredictionEngine<TextRow, ScoreRow> engine) => true;
    }
}
