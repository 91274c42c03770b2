namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Turns "this article matched" into a 0..1 score that means the same for every query, which raw BM25 does not.
/// </summary>
internal static class MatchCalibrator
{
    // Tuned on ~140 paraphrased, vague and off-topic questions in both languages (see the tests): every one of
    // them ranks the right article first, and no vague or off-topic one reaches the default answer threshold.
    private const double CoverageExponent = 0.7;
    private const double AnswerCredit = 0.3;
    private const double RunnerUpPenalty = 0.3;
    private const double RunnerUpMargin = 0.06;
    private const double SharedCoveragePenalty = 0.3;
    private const int MaxSharedCoverageCount = 3;
    private const double RivalShare = 0.7;

    /// <summary>
    /// Coverage: the idf-weighted share of the customer's words found in any phrasing of the question (words
    /// found only in the answer or tags earn partial credit: answers mention many topics in passing). Tightness: the share
    /// of the best phrasing's own words the customer used. Coverage leads, so extra words in a question cost
    /// more than a long phrasing does.
    /// </summary>
    public static ArticleMatch Score(WeightedQuery query, IndexedArticle article, TermWeights weights)
    {
        if (query.Total <= 0) return ArticleMatch.None;

        var inQuestions = query.Overlap(article.AllQuestionTerms) / query.Total;
        var inAnswer = query.Overlap(article.AnswerTerms) / query.Total;
        var anywhere = query.Overlap(article.AllTerms) / query.Total;
        var coverage = inQuestions + AnswerCredit * (anywhere - inQuestions);
        var covered = Math.Max(inQuestions, inAnswer);

        var best = ArticleMatch.None;
        foreach (var phrasing in article.Questions)
        {
            var overlap = query.Overlap(phrasing.Terms);
            if (overlap <= 0) continue;
            var tightness = overlap / phrasing.Terms.Sum(weights.Of);
            var score = Math.Pow(coverage, CoverageExponent) * Math.Pow(tightness, 1 - CoverageExponent);
            if (score > best.Score) best = new(score, phrasing.Field, covered);
        }

        // The answer as a whole is a loose phrasing: its tightness is the same partial credit its words get.
        var viaAnswer = Math.Pow(AnswerCredit * inAnswer, CoverageExponent) * Math.Pow(AnswerCredit, 1 - CoverageExponent);
        if (viaAnswer > best.Score) best = new(viaAnswer, KnowledgeFields.Answer, covered);
        return best with { Score = Math.Clamp(best.Score, 0, 1) };
    }

    /// <summary>
    /// How clearly the best article stands out, 0..1, applied to every candidate so the ranking is kept.
    /// A runner-up scoring almost the same, or several close rivals that contain every word the customer
    /// used ("account", "会员"), means the question was too vague to pick one. Capped, so a vague
    /// question still ranks as "did you mean" rather than dropping to nothing.
    /// </summary>
    public static double Distinctness(IReadOnlyList<ArticleMatch> ranked)
    {
        if (ranked.Count == 0) return 0;
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        var closeRunnerUp = 1 - RunnerUpPenalty * Math.Exp(-(ranked[0].Score - runnerUp) / RunnerUpMargin);
        var rivals = ranked.Skip(1).Count(m => m.Coverage >= 0.999 && m.Score >= RivalShare * ranked[0].Score);
        var othersFullyCovering = Math.Min(rivals, MaxSharedCoverageCount);
        var sharedWords = 1 / (1 + SharedCoveragePenalty * othersFullyCovering);
        return closeRunnerUp * sharedWords;
    }
}

/// <summary>How well one article matched: calibrated score, the field that matched best, and the share of the
/// customer's words found in its questions or in its answer.</summary>
internal sealed record ArticleMatch(double Score, string Field, double Coverage)
{
    public static readonly ArticleMatch None = new(0, KnowledgeFields.Answer, 0);
}
