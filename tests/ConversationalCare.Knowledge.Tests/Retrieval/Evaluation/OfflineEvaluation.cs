using System.Diagnostics;
using System.Runtime.CompilerServices;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval.Evaluation;

/// <summary>
/// The same scoring as the bot's <c>eval retrieval</c> command over the demo sets beside this file: train rows become
/// articles (one per label), test rows are new paraphrases and <c>oos</c> messages that must get no answer.
/// </summary>
internal static class OfflineEvaluation
{
    public sealed record Figures(double RecallAt1, double InScopeAccuracy, double OosRecall, double Accuracy, double P99Ms, double WrongAnswerRate)
    {
        public override string ToString() =>
            $"recall@1 {RecallAt1:P1}  in-scope answered right {InScopeAccuracy:P1}  oos fallback {OosRecall:P1}  accuracy {Accuracy:P1}  wrong answers {WrongAnswerRate:P1}  p99 {P99Ms:F2} ms";
    }

    public static IReadOnlyList<(string Text, string Label)> Rows(string name, [CallerFilePath] string here = "") =>
        File.ReadLines(Path.Combine(Path.GetDirectoryName(here)!, name)).Skip(1).Select(Parse).ToList();

    public static IReadOnlyList<Article> ArticlesFrom(IReadOnlyList<(string Text, string Label)> train, string locale) =>
        [.. train.GroupBy(row => row.Label).Select(g => new Article(g.Key, locale, "evaluation", g.First().Text, [.. g.Skip(1).Select(r => r.Text)], g.Key, [], []))];

    public static Figures Run(LuceneKnowledgeSearch search, IReadOnlyList<(string Text, string Label)> test, string locale)
    {
        int inScope = 0, top1 = 0, answeredRight = 0, oos = 0, oosRight = 0, answeredWrong = 0;
        foreach (var (text, label) in test)
        {
            var result = search.Search(text, locale, 10);
            var answered = result.Confidence == AnswerConfidence.High;
            if (label == "oos")
            {
                oos++;
                if (!answered) oosRight++;
                else answeredWrong++;
                continue;
            }
            inScope++;
            var right = result.Best?.Article.Key == label;
            if (right) top1++;
            if (right && answered) answeredRight++;
            else if (answered) answeredWrong++;
        }

        var timings = test.Select(row =>
        {
            var started = Stopwatch.GetTimestamp();
            search.Search(row.Text, locale, 10);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }).Order().ToList();
        return new Figures((double)top1 / inScope, (double)answeredRight / inScope, (double)oosRight / oos,
            (double)(answeredRight + oosRight) / test.Count, timings[(int)Math.Ceiling(0.99 * timings.Count) - 1],
            (double)answeredWrong / test.Count);
    }

    // The sets are written by us: at most one quoted field, no embedded quotes.
    private static (string Text, string Label) Parse(string line)
    {
        var comma = line.LastIndexOf(',');
        return (line[..comma].Trim('"'), line[(comma + 1)..]);
    }
}
