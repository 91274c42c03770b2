using System.Diagnostics;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using static ConversationalCare.Bot.Evaluation.EvaluationReport;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// <c>eval retrieval</c>: each train label becomes one article (first text the question, the rest alternates), each
/// test row a query. Answered means High confidence; Low or None is a fallback, which is right for <c>oos</c>.
/// </summary>
public static class RetrievalEvaluation
{
    private const int Top = 10;

    public sealed record Figures(
        int N, double RecallAt1, double RecallAt3, double Mrr, double InScopeAccuracy, double? OosRecall,
        double Accuracy, double P50Ms, double P99Ms, double TrainSeconds, int Articles, string Locale,
        double WrongAnswerRate, double ClarifyRate, double AnsweredAccuracy)
    {
        /// <summary>The answer threshold applied: the product's default, or the one chosen on the dev split.</summary>
        public double AnswerThreshold { get; init; }

        /// <summary>What each answer threshold gives on the dev split (on TEST when no dev split was given).</summary>
        public IReadOnlyList<ThresholdSweep.Point> Sweep { get; init; } = [];
    }

    public static EvaluationOutcome Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = EvaluationArguments.Parse(args, "train", "test", "dev", "locale").Require("train", "test");
        if (options.Error is not null) return new EvaluationOutcome.Failed(options.Error);
        var (train, trainError) = LabelledText.Read(options["train"]!);
        if (trainError is not null) return EvaluationOutcome.BadInput(trainError);
        var (test, testError) = LabelledText.Read(options["test"]!);
        if (testError is not null) return EvaluationOutcome.BadInput(testError);
        var (dev, devError) = options["dev"] is { } devPath ? LabelledText.Read(devPath) : ([], null);
        if (devError is not null) return EvaluationOutcome.BadInput(devError);

        var locale = options["locale"] is { } given ? Locales.Normalize(given)
            : train.Any(row => LanguageMiddleware.LanguageOf(row.Text) == Locales.Chinese) ? Locales.Chinese : Locales.English;
        var articles = ArticlesFrom(train, locale);
        if (articles.Count == 0) return EvaluationOutcome.BadInput($"{options["train"]}: no in-scope labels to make articles from");

        var started = Stopwatch.GetTimestamp();
        using var search = new LuceneKnowledgeSearch(articles);
        var trainSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        // The scoring pass is also the warm-up for the timed pass.
        var results = test.Select(row => search.Search(row.Text, locale, Top)).ToList();
        var timings = Latency.Measure(test, row => search.Search(row.Text, locale, Top));

        var defaults = new KnowledgeOptions();
        var threshold = defaults.AnswerThreshold;
        var sweep = ThresholdSweep.Of(test, results);
        if (dev.Count > 0)
        {
            sweep = ThresholdSweep.Of(dev, [.. dev.Select(row => search.Search(row.Text, locale, Top))]);
            threshold = ThresholdSweep.Choose(sweep);
            results = [.. results.Select(result => Rethresholded(result, threshold, Math.Min(defaults.ClarifyThreshold, threshold)))];
        }

        var figures = Score(test, results, trainSeconds, timings, articles.Count, locale) with { AnswerThreshold = threshold, Sweep = sweep };
        return Report(output, figures);
    }

    // The search's confidence as it would be with other thresholds: scores do not depend on them.
    private static KnowledgeResult Rethresholded(KnowledgeResult result, double answer, double clarify)
    {
        var top = result.Best?.Score ?? 0;
        var confidence = result.Best is null ? AnswerConfidence.None
            : top >= answer ? AnswerConfidence.High : top >= clarify ? AnswerConfidence.Low : AnswerConfidence.None;
        return result with { Confidence = confidence };
    }

    /// <summary>One article per in-scope label, keyed and answered by the label.</summary>
    public static IReadOnlyList<Article> ArticlesFrom(IEnumerable<LabelledText> train, string locale) =>
        [.. train.Where(row => !row.IsOutOfScope)
            .GroupBy(row => row.Label, StringComparer.Ordinal)
            .Select(group => (Label: group.Key, Texts: group.Select(row => row.Text.Trim()).Distinct().ToList()))
            .Select(g => new Article(g.Label, locale, "evaluation", g.Texts[0], g.Texts[1..], g.Label, [], []))];

    public static Figures Score(
        IReadOnlyList<LabelledText> test, IReadOnlyList<KnowledgeResult> results,
        double trainSeconds, IReadOnlyList<double> timings, int articleCount, string locale)
    {
        var ranks = new List<int>();
        var decisions = new List<AnswerRates.Decision>(test.Count);
        int inScopeRight = 0, oosRight = 0, oosCount = 0;
        for (var i = 0; i < test.Count; i++)
        {
            var answered = results[i].Confidence == AnswerConfidence.High;
            var clarified = results[i].Confidence == AnswerConfidence.Low;
            if (test[i].IsOutOfScope)
            {
                oosCount++;
                if (!answered) oosRight++;
                decisions.Add(new(answered, clarified, Right: false));
                continue;
            }
            var rank = results[i].Candidates.Select(c => c.Article.Key).ToList().IndexOf(test[i].Label) + 1;
            ranks.Add(rank);
            if (answered && rank == 1) inScopeRight++;
            decisions.Add(new(answered, clarified, Right: rank == 1));
        }
        var answers = AnswerRates.Of(decisions);
        return new Figures(
            test.Count,
            Round(RankingMetrics.RecallAt(ranks, 1)),
            Round(RankingMetrics.RecallAt(ranks, 3)),
            Round(RankingMetrics.MeanReciprocalRank(ranks)),
            Round(ranks.Count == 0 ? 0 : (double)inScopeRight / ranks.Count),
            Round(oosCount == 0 ? null : (double?)oosRight / oosCount),
            Round(test.Count == 0 ? 0 : (double)(inScopeRight + oosRight) / test.Count),
            Round(Latency.Percentile(timings, 50) * 1000, 3),
            Round(Latency.Percentile(timings, 99) * 1000, 3),
            Round(trainSeconds, 2),
            articleCount,
            locale,
            answers.WrongAnswerRate,
            answers.ClarifyRate,
            answers.AnsweredAccuracy);
    }

    private static EvaluationOutcome Report(TextWriter output, Figures f)
    {
        Write(output,
        [
            $"retrieval: {f.N} queries against {f.Articles} articles ({f.Locale}), index built in {f.TrainSeconds:0.00} s",
            $"  recall@1 {Percent(f.RecallAt1)}  recall@3 {Percent(f.RecallAt3)}  MRR {f.Mrr:0.0000}",
            $"  answer threshold {f.AnswerThreshold:0.00}",
            $"  in-scope answered right {Percent(f.InScopeAccuracy)}  oos fallback {Percent(f.OosRecall)}  accuracy {Percent(f.Accuracy)}",
            new AnswerRates(f.WrongAnswerRate, f.ClarifyRate, f.AnsweredAccuracy).Summary,
            $"  latency p50 {f.P50Ms:0.000} ms  p99 {f.P99Ms:0.000} ms",
        ], f);
        return EvaluationOutcome.Done;
    }
}
