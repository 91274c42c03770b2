using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// Accuracy and wrong answers had the answer threshold been elsewhere, from one run's top scores: how thresholds are
/// chosen on a dev split without re-running the search for each one.
/// </summary>
public static class ThresholdSweep
{
    public sealed record Point(double Threshold, double Accuracy, double WrongAnswerRate);

    /// <summary>A wrong answer costs a customer more than a clarification: never more than this share, with a margin under 5 %.</summary>
    public const double MaxWrongAnswerRate = 0.04;

    /// <summary>The most accurate threshold whose wrong answers stay within <see cref="MaxWrongAnswerRate"/>, else the strictest.</summary>
    public static double Choose(IReadOnlyList<Point> sweep) =>
        sweep.Where(p => p.WrongAnswerRate <= MaxWrongAnswerRate).MaxBy(p => p.Accuracy)?.Threshold ?? sweep.Max(p => p.Threshold);

    public static IReadOnlyList<Point> Of(IReadOnlyList<LabelledText> test, IReadOnlyList<KnowledgeResult> results)
    {
        var points = new List<Point>();
        for (var step = 6; step <= 18; step++)
        {
            var threshold = step * 0.05;
            int right = 0, wrong = 0;
            for (var i = 0; i < test.Count; i++)
            {
                var top = results[i].Candidates.FirstOrDefault();
                var answered = top is not null && top.Score >= threshold;
                var correct = !test[i].IsOutOfScope && top?.Article.Key == test[i].Label;
                if (answered && correct) right++;
                else if (answered) wrong++;
                else if (test[i].IsOutOfScope) right++;
            }
            points.Add(new(EvaluationReport.Round(threshold, 2), EvaluationReport.Round((double)right / Math.Max(1, test.Count)),
                EvaluationReport.Round((double)wrong / Math.Max(1, test.Count))));
        }
        return points;
    }
}
