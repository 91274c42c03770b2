using System.Diagnostics;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Understanding;
using static ConversationalCare.Bot.Evaluation.EvaluationReport;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// <c>eval intent</c>: trains the local intent model from TRAIN the way the shipped one is trained and classifies
/// TEST. Label <c>oos</c> is the product's out_of_scope. When either set has out-of-scope rows, a best guess below
/// the out-of-scope threshold counts as out of scope, as in the bot; without any, the best guess stands. The
/// human-request rule is left out: it speaks the product's taxonomy, not a public set's.
/// </summary>
public static class IntentEvaluation
{
    public sealed record Figures(
        int N, double Accuracy, double MacroF1, double InScopeAccuracy, double? OosRecall,
        double TrainSeconds, double P99Us, int Labels, double? OosThreshold,
        double WrongAnswerRate, double ClarifyRate, double AnsweredAccuracy);

    public static EvaluationOutcome Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = EvaluationArguments.Parse(args, "train", "test", "oos-threshold").Require("train", "test");
        if (options.Error is not null) return new EvaluationOutcome.Failed(options.Error);
        var threshold = new UnderstandingOptions().OutOfScopeThreshold;
        if (options["oos-threshold"] is { } text && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out threshold))
            return new EvaluationOutcome.Failed($"--oos-threshold '{text}' is not a number");
        var (train, trainError) = LabelledText.Read(options["train"]!);
        if (trainError is not null) return EvaluationOutcome.BadInput(trainError);
        var (test, testError) = LabelledText.Read(options["test"]!);
        if (testError is not null) return EvaluationOutcome.BadInput(testError);
        if (train.Select(row => row.Label).Distinct().Count() < 2)
            return EvaluationOutcome.BadInput($"{options["train"]}: needs at least two labels");

        var started = Stopwatch.GetTimestamp();
        var model = LocalIntentClassifier.Train(train.Select(row => new Utterance(row.Text, IntentOf(row.Label), LocaleOf(row.Text))));
        var trainSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        double? applied = train.Concat(test).Any(row => row.IsOutOfScope) ? threshold : null;
        var pairs = test.Select(row => (Gold: IntentOf(row.Label), Predicted: Predict(model, row.Text, applied))).ToList();
        var timings = Latency.Measure(test, row => Predict(model, row.Text, applied));

        var figures = Score(pairs, trainSeconds, timings, model.Labels.Count, applied);
        Write(output,
        [
            $"intent: trained on {train.Count} utterances, {figures.Labels} labels, in {figures.TrainSeconds:0.00} s; tested on {figures.N}",
            $"  accuracy {Percent(figures.Accuracy)}  macro F1 {figures.MacroF1:0.0000}",
            $"  in-scope accuracy {Percent(figures.InScopeAccuracy)}  oos recall {Percent(figures.OosRecall)}" +
                (applied is { } t ? $" (threshold {t:0.00})" : " (no oos rows, no threshold)"),
            Answers(figures).Summary,
            $"  p99 {figures.P99Us:0.0} µs per message",
        ], figures);
        return EvaluationOutcome.Done;
    }

    public static Figures Score(
        IReadOnlyList<(string Gold, string Predicted)> pairs, double trainSeconds, IReadOnlyList<double> timings, int labels, double? threshold)
    {
        var metrics = ClassificationMetrics.Of(pairs);
        var inScope = pairs.Where(p => p.Gold != Intents.OutOfScope).ToList();
        var outOfScope = pairs.Where(p => p.Gold == Intents.OutOfScope).ToList();
        var answers = AnswerRates.OfLabels(pairs, Intents.OutOfScope);
        return new Figures(
            pairs.Count,
            Round(metrics.Accuracy),
            Round(metrics.MacroF1),
            Round(inScope.Count == 0 ? 0 : (double)inScope.Count(p => p.Predicted == p.Gold) / inScope.Count),
            Round(outOfScope.Count == 0 ? null : (double?)outOfScope.Count(p => p.Predicted == Intents.OutOfScope) / outOfScope.Count),
            Round(trainSeconds, 2),
            Round(Latency.Percentile(timings, 99) * 1e6, 1),
            labels,
            threshold,
            answers.WrongAnswerRate,
            answers.ClarifyRate,
            answers.AnsweredAccuracy);
    }

    private static AnswerRates Answers(Figures f) => new(f.WrongAnswerRate, f.ClarifyRate, f.AnsweredAccuracy);

    /// <summary>The best label, or out_of_scope when the model says so or, with a threshold, is not sure enough.</summary>
    public static string Predict(TrainedTextModel model, string text, double? threshold)
    {
        var probabilities = model.Score(text);
        var best = Array.IndexOf(probabilities, probabilities.Max());
        var label = model.Labels[best];
        return threshold is { } t && probabilities[best] < t ? Intents.OutOfScope : label;
    }

    public static string IntentOf(string label) => label == LabelledText.OutOfScope ? Intents.OutOfScope : label;

    public static string LocaleOf(string text) => LanguageMiddleware.LanguageOf(text) ?? Locales.English;
}
