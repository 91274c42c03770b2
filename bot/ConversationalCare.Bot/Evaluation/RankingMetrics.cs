namespace ConversationalCare.Bot.Evaluation;

/// <summary>Recall@k and mean reciprocal rank from 1-based ranks of the gold answer, 0 meaning not retrieved.</summary>
public static class RankingMetrics
{
    public static double RecallAt(IReadOnlyList<int> ranks, int k) =>
        ranks.Count == 0 ? 0 : (double)ranks.Count(rank => rank >= 1 && rank <= k) / ranks.Count;

    public static double MeanReciprocalRank(IReadOnlyList<int> ranks) =>
        ranks.Count == 0 ? 0 : ranks.Sum(rank => rank >= 1 ? 1.0 / rank : 0) / ranks.Count;
}
