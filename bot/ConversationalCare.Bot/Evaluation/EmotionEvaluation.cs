using System.Diagnostics;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using static ConversationalCare.Bot.Evaluation.EvaluationReport;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// <c>eval emotion</c>: trains the local emotion detector from TRAIN the way the shipped one is trained and reads
/// TEST with it, so the customer-service cue rules take part as they do in chat.
/// </summary>
public static class EmotionEvaluation
{
    public sealed record Figures(
        int N, double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> PerLabelF1, double TrainSeconds, double P99Us,
        double WrongAnswerRate, double ClarifyRate, double AnsweredAccuracy);

    public static EvaluationOutcome Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = EvaluationArguments.Parse(args, "train", "test").Require("train", "test");
        if (options.Error is not null) return new EvaluationOutcome.Failed(options.Error);
        var (train, trainError) = LabelledText.Read(options["train"]!);
        if (trainError is not null) return EvaluationOutcome.BadInput(trainError);
        var (test, testError) = LabelledText.Read(options["test"]!);
        if (testError is not null) return EvaluationOutcome.BadInput(testError);
        if (train.Select(row => row.Label).Distinct().Count() < 2)
            return EvaluationOutcome.BadInput($"{options["train"]}: needs at least two labels");

        var examples = train.Select(row => new Utterance(row.Text, row.Label, IntentEvaluation.LocaleOf(row.Text))).ToList();
        var detector = new LocalEmotionDetector(new FixedUtterances([], examples), NullLogger<LocalEmotionDetector>.Instance);
        var started = Stopwatch.GetTimestamp();
        detector.Model.EnsureTrainingAsync().GetAwaiter().GetResult();
        var trainSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var pairs = test.Select(row => (Gold: row.Label, Predicted: detector.Detect(row.Text, IntentEvaluation.LocaleOf(row.Text)).Label)).ToList();
        var timings = Latency.Measure(test, row => detector.Detect(row.Text, IntentEvaluation.LocaleOf(row.Text)));

        var metrics = ClassificationMetrics.Of(pairs);
        // A reading always names some emotion: nothing is held back, so every wrong label is a wrong answer.
        var answers = AnswerRates.OfLabels(pairs, outOfScope: "");
        var figures = new Figures(
            metrics.N, Round(metrics.Accuracy), Round(metrics.MacroF1),
            metrics.PerLabelF1.ToDictionary(p => p.Key, p => Round(p.Value)),
            Round(trainSeconds, 2), Round(Latency.Percentile(timings, 99) * 1e6, 1),
            answers.WrongAnswerRate, answers.ClarifyRate, answers.AnsweredAccuracy);
        Write(output,
        [
            $"emotion: trained on {train.Count} examples in {figures.TrainSeconds:0.00} s; tested on {figures.N}",
            $"  accuracy {Percent(figures.Accuracy)}  macro F1 {figures.MacroF1:0.0000}",
            "  F1 per label: " + string.Join("  ", figures.PerLabelF1.Select(p => $"{p.Key} {p.Value:0.000}")),
            answers.Summary,
            $"  p99 {figures.P99Us:0.0} µs per message",
        ], figures);
        return EvaluationOutcome.Done;
    }
}

/// <summary>Training data held in memory, for models trained from an evaluation set.</summary>
public sealed class FixedUtterances(IReadOnlyList<Utterance> intents, IReadOnlyList<Utterance> emotions) : IUtteranceSource
{
    public Task<IReadOnlyList<Utterance>> IntentUtterancesAsync(CancellationToken cancellationToken) => Task.FromResult(intents);

    public Task<IReadOnlyList<Utterance>> EmotionExamplesAsync(CancellationToken cancellationToken) => Task.FromResult(emotions);
}
