using System.Diagnostics;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static ConversationalCare.Bot.Evaluation.EvaluationReport;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// <c>eval understanding</c>: the shipped models, trained from the shipped CSVs exactly as the host trains them
/// and used as the bot uses them (the human-request rule and emotion cues included), on a
/// <c>text,intent,emotion</c> file where either label may be empty to skip it.
/// </summary>
public static class UnderstandingEvaluation
{
    public sealed record Figures(
        int N, int IntentN, double IntentAccuracy, double IntentMacroF1,
        int EmotionN, double EmotionAccuracy, double NegativeF1, double P99Us, double TrainSeconds,
        double WrongAnswerRate, double ClarifyRate, double AnsweredAccuracy);

    public static async Task<EvaluationOutcome> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = EvaluationArguments.Parse(args, "test").Require("test");
        if (options.Error is not null) return new EvaluationOutcome.Failed(options.Error);
        var csv = EvaluationCsv.Read(options["test"]!, ["text", "intent", "emotion"]);
        if (csv.Error is not null) return EvaluationOutcome.BadInput(csv.Error);
        var rows = csv.Rows.Select(row => (Text: row["text"], Intent: row["intent"].Trim(), Emotion: row["emotion"].Trim(), Locale: IntentEvaluation.LocaleOf(row["text"]))).ToList();

        var settings = new UnderstandingOptions();
        var source = new CsvUtteranceSource(Options.Create(settings));
        var intents = new LocalIntentClassifier(source, new FixedOptions(settings), NullLogger<LocalIntentClassifier>.Instance);
        var emotions = new LocalEmotionDetector(source, NullLogger<LocalEmotionDetector>.Instance);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(intents.Model.EnsureTrainingAsync(), emotions.Model.EnsureTrainingAsync());
        var trainSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var intentPairs = rows.Where(row => row.Intent.Length > 0)
            .Select(row => (Gold: IntentEvaluation.IntentOf(row.Intent), Predicted: intents.Classify(row.Text, row.Locale).Intent)).ToList();
        var emotionPairs = rows.Where(row => row.Emotion.Length > 0)
            .Select(row => (Gold: row.Emotion, Predicted: emotions.Detect(row.Text, row.Locale).Label)).ToList();
        var timings = Latency.Measure(rows, row =>
        {
            intents.Classify(row.Text, row.Locale);
            emotions.Detect(row.Text, row.Locale);
        });

        var figures = Score(intentPairs, emotionPairs, rows.Count, timings, trainSeconds);
        Write(output,
        [
            $"understanding: shipped models (trained in {figures.TrainSeconds:0.00} s) on {figures.N} messages",
            $"  intent ({figures.IntentN}): accuracy {Percent(figures.IntentAccuracy)}  macro F1 {figures.IntentMacroF1:0.0000}",
            new AnswerRates(figures.WrongAnswerRate, figures.ClarifyRate, figures.AnsweredAccuracy).Summary,
            $"  emotion ({figures.EmotionN}): accuracy {Percent(figures.EmotionAccuracy)}  negative-vs-rest F1 {figures.NegativeF1:0.0000}",
            $"  p99 {figures.P99Us:0.0} µs per message (intent + emotion)",
        ], figures);
        return EvaluationOutcome.Done;
    }

    public static Figures Score(
        IReadOnlyList<(string Gold, string Predicted)> intentPairs, IReadOnlyList<(string Gold, string Predicted)> emotionPairs,
        int n, IReadOnlyList<double> timings, double trainSeconds)
    {
        var intent = ClassificationMetrics.Of(intentPairs);
        var emotion = ClassificationMetrics.Of(emotionPairs);
        // Of the intent decisions: out_of_scope is the bot declining to act on an intent.
        var answers = AnswerRates.OfLabels(intentPairs, Intents.OutOfScope);
        return new Figures(
            n, intent.N, Round(intent.Accuracy), Round(intent.MacroF1),
            emotion.N, Round(emotion.Accuracy), Round(ClassificationMetrics.F1(emotionPairs, Emotions.IsNegative)),
            Round(Latency.Percentile(timings, 99) * 1e6, 1), Round(trainSeconds, 2),
            answers.WrongAnswerRate, answers.ClarifyRate, answers.AnsweredAccuracy);
    }

    private sealed class FixedOptions(UnderstandingOptions value) : IOptionsMonitor<UnderstandingOptions>
    {
        public UnderstandingOptions CurrentValue => value;

        public UnderstandingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<UnderstandingOptions, string?> listener) => null;
    }
}
