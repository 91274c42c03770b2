using System.Globalization;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// A maximum-entropy classifier over articles, trained on each article's question and alternates. It reads the
/// search analyzer's terms (stemmed, synonyms joined, filler dropped, Chinese bigrams), as word uni/bigrams plus
/// character 1–4-grams of those terms (typos), plus Chinese word uni/bigrams from a segmenter. Its softmax learns which words tell articles apart across all their
/// phrasings, which nearest-phrasing matching cannot. Immutable once trained.
/// </summary>
internal sealed class PhrasingClassifier
{
    private readonly ObjectPool<PredictionEngine<Row, Prediction>> engines;
    // Column of the model's score vector → article ordinal in the index it was trained for.
    private readonly int[] articleOfColumn;
    private readonly int articleCount;

    private PhrasingClassifier(ObjectPool<PredictionEngine<Row, Prediction>> engines, int[] articleOfColumn, int articleCount)
    {
        this.engines = engines;
        this.articleOfColumn = articleOfColumn;
        this.articleCount = articleCount;
    }

    /// <summary>Null when there is nothing to tell apart (fewer than two articles).</summary>
    /// <param name="features">The analyzer's terms and Chinese words for a phrasing in its article's language.</param>
    public static PhrasingClassifier? Train(
        IReadOnlyList<IndexedArticle> articles, Func<string, string, PhrasingFeatures> features, CancellationToken cancellationToken)
    {
        if (articles.Count < 2) return null;
        var rows = articles.SelectMany((indexed, ordinal) => indexed.Article.AlternateQuestions
                .Prepend(indexed.Article.Question)
                .Select(text => Row.Of(features(text, indexed.Language), ordinal.ToString(CultureInfo.InvariantCulture))))
            .Where(row => row.Text.Length > 0)
            .ToList();

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("TermFeatures", Featurizer(), nameof(Row.Text)))
            .Append(ml.Transforms.Text.TokenizeIntoWords("WordTokens", nameof(Row.Words)))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "WordTokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("WordBag", "WordKeys", ngramLength: 2, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm("WordBag"))
            .Append(ml.Transforms.Concatenate("Features", "TermFeatures", "WordBag"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new()
            {
                // Moderate regularisation: a single shared word must not make the softmax sure of one article.
                L2Regularization = 0.3f,
                L1Regularization = 0,
                OptimizationTolerance = 1e-5f,
            }));
        // ML.NET offers no public way to stop a fit; a superseded one is dropped once it ends (seconds at most).
        var model = pipeline.Fit(data);
        cancellationToken.ThrowIfCancellationRequested();

        var labels = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Label"].GetKeyValues(ref labels);
        var columns = labels.DenseValues().Select(label => int.Parse(label.Span, CultureInfo.InvariantCulture)).ToArray();

        // PredictionEngine is not thread-safe and costs a little to build, so searches borrow one from a pool.
        var pool = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new EnginePolicy(() => ml.Model.CreatePredictionEngine<Row, Prediction>(model)));
        var classifier = new PhrasingClassifier(pool, columns, articles.Count);
        // The first prediction builds lazy state; pay for it here rather than in a customer's search.
        classifier.Probabilities(new PhrasingFeatures("warm up", ""));
        return classifier;
    }

    /// <summary>Probability per article ordinal, summing to 1.</summary>
    /// <param name="question">The question's analyzed terms and words, as the search analyzed them.</param>
    public double[] Probabilities(PhrasingFeatures question)
    {
        var engine = engines.Get();
        try
        {
            var scores = engine.Predict(Row.Of(question, "")).Score;
            var byArticle = new double[articleCount];
            for (var column = 0; column < scores.Length && column < articleOfColumn.Length; column++)
                byArticle[articleOfColumn[column]] = scores[column];
            return byArticle;
        }
        finally
        {
            engines.Return(engine);
        }
    }

    private static TextFeaturizingEstimator.Options Featurizer() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = false,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    internal sealed class Row
    {
        public string Text { get; set; } = "";
        public string Words { get; set; } = "";
        public string Label { get; set; } = "";

        // A sentinel keeps the word column non-empty (English has none), which the key mapping needs.
        public static Row Of(PhrasingFeatures features, string label) => new() { Text = features.Terms, Words = "any " + features.Words, Label = label };
    }

    internal sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class EnginePolicy(Func<PredictionEngine<Row, Prediction>> create) : IPooledObjectPolicy<PredictionEngine<Row, Prediction>>
    {
        public PredictionEngine<Row, Prediction> Create() => create();

        public bool Return(PredictionEngine<Row, Prediction> engine) => true;
    }
}
