using ConversationalCare.Bot.Evaluation;

namespace ConversationalCare.Bot.Tests.Evaluation;

public class MetricsTests
{
    [Fact]
    public void Recall_and_mrr_come_from_the_ranks_with_zero_meaning_missed()
    {
        int[] ranks = [1, 2, 0, 4];

        Assert.Equal(0.25, RankingMetrics.RecallAt(ranks, 1));
        Assert.Equal(0.5, RankingMetrics.RecallAt(ranks, 3));
        Assert.Equal((1 + 0.5 + 0 + 0.25) / 4, RankingMetrics.MeanReciprocalRank(ranks), 10);
    }

    [Fact]
    public void Macro_f1_averages_each_label_against_the_rest()
    {
        (string, string)[] pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("c", "c")];

        var metrics = ClassificationMetrics.Of(pairs);

        // a: tp 1, fn 1 → 2/3; b: tp 1, fp 1 → 2/3; c: 1.
        Assert.Equal(0.75, metrics.Accuracy);
        Assert.Equal(2.0 / 3, metrics.PerLabelF1["a"], 10);
        Assert.Equal(2.0 / 3, metrics.PerLabelF1["b"], 10);
        Assert.Equal(1.0, metrics.PerLabelF1["c"]);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1) / 3, metrics.MacroF1, 10);
    }

    [Fact]
    public void Grouped_f1_treats_several_labels_as_one_class()
    {
        (string, string)[] pairs = [("anger", "sadness"), ("anxiety", "neutral"), ("neutral", "frustration"), ("neutral", "neutral")];

        // Negative vs rest: tp 1 (anger→sadness), fn 1, fp 1 → 2/4.
        Assert.Equal(0.5, ClassificationMetrics.F1(pairs, ConversationalCare.Bot.Understanding.Emotions.IsNegative));
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var values = Enumerable.Range(1, 100).Select(v => (double)v).Reverse().ToList();

        Assert.Equal(50, Latency.Percentile(values, 50));
        Assert.Equal(99, Latency.Percentile(values, 99));
        Assert.Equal(0, Latency.Percentile([], 99));
    }

    [Fact]
    public void Intent_figures_split_in_scope_and_out_of_scope_rows_and_an_answer_to_an_oos_message_is_wrong()
    {
        (string, string)[] pairs = [("a", "a"), ("a", "out_of_scope"), ("out_of_scope", "out_of_scope"), ("out_of_scope", "a")];

        var figures = IntentEvaluation.Score(pairs, 0, [], 2, 0.35);

        Assert.Equal(0.5, figures.Accuracy);
        Assert.Equal(0.5, figures.InScopeAccuracy);
        Assert.Equal(0.5, figures.OosRecall);
        // Predicting out of scope is a clarification, not an answer.
        Assert.Equal(0.25, figures.WrongAnswerRate);
        Assert.Equal(0.5, figures.ClarifyRate);
        Assert.Equal(0.5, figures.AnsweredAccuracy);
    }

    [Fact]
    public void Wrong_answers_count_answered_out_of_scope_messages_and_clarifications_are_not_answers()
    {
        AnswerRates.Decision[] decisions =
        [
            new(Answered: true, Clarified: false, Right: true),
            new(Answered: true, Clarified: false, Right: false),
            new(Answered: false, Clarified: true, Right: true),
            new(Answered: false, Clarified: false, Right: false),
        ];

        var rates = AnswerRates.Of(decisions);

        Assert.Equal(0.25, rates.WrongAnswerRate);
        Assert.Equal(0.25, rates.ClarifyRate);
        Assert.Equal(0.5, rates.AnsweredAccuracy);
    }

    [Fact]
    public void The_chosen_answer_threshold_is_the_most_accurate_one_with_few_wrong_answers()
    {
        ThresholdSweep.Point[] sweep = [new(0.5, 0.90, 0.08), new(0.6, 0.85, 0.04), new(0.7, 0.80, 0.02)];
        ThresholdSweep.Point[] allTooWrong = [new(0.5, 0.90, 0.20), new(0.9, 0.60, 0.10)];

        Assert.Equal(0.6, ThresholdSweep.Choose(sweep));
        Assert.Equal(0.9, ThresholdSweep.Choose(allTooWrong));
    }
}
