using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// Ranks articles by fusing calibrated signals into one 0..1 score: BM25 matching re-scored by
/// <see cref="MatchCalibrator"/>, the article classifier's probability, character-gram similarity of the closest
/// phrasing, and embedding similarity when vectors exist. Each signal nominates its own best articles, so one that
/// BM25 missed entirely (a typo, a synonym) can still win.
/// </summary>
internal static class FusedRanking
{
    // Articles each signal nominates; BM25 already put the plausible ones at the top of its list.
    private const int CandidatePool = 10;
    private const int NominatedPerSignal = 5;
    private const float QuestionBoost = 3f;
    private const float AlternateQuestionBoost = 2.5f;
    private const float TagsBoost = 1.5f;
    private const float AnswerBoost = 1f;

    /// <summary>Every signal's opinion of the question, computed once and shared by the per-language rankings.</summary>
    public static FusionSignals Signals(KnowledgeIndex index, WeightedQuery query, string words, string question, float[]? questionVector)
    {
        var models = index.Models;
        return new FusionSignals(
            models.Classifier?.Probabilities(new PhrasingFeatures(string.Join(' ', query.Terms), words)),
            models.CharacterGrams.Similarities(question),
            questionVector is null ? null : models.Vectors?.Similarities(questionVector));
    }

    /// <param name="language">Only articles in this language are nominated (with <paramref name="filter"/> for BM25); null for any.</param>
    public static List<KnowledgeCandidate> Rank(
        KnowledgeIndex index, WeightedQuery query, FusionSignals signals, string? language, Filter? filter, int top)
    {
        var pool = LexicalPool(index, query, filter);
        foreach (var ordinal in signals.Nominees(NominatedPerSignal, o => language is null || index.Articles[o].Language == language))
            if (!pool.Contains(ordinal)) pool.Add(ordinal);

        var fused = pool
            .Select(ordinal => (Ordinal: ordinal, Match: MatchCalibrator.Score(query, index.Articles[ordinal], index.Weights)))
            .Select(c => (c.Ordinal, c.Match, Fused: c.Match with { Score = signals.Fuse(c.Ordinal, c.Match.Score) }))
            .Where(c => c.Fused.Score > 0)
            .OrderByDescending(c => c.Fused.Score)
            .ToList();
        // Judged on the fused scores: a close runner-up or several articles holding every word still means "ask".
        var distinctness = MatchCalibrator.Distinctness(fused.Select(c => c.Fused).ToList());

        return fused
            .Take(top)
            .Select(c => new KnowledgeCandidate(index.Articles[c.Ordinal].Article, Math.Round(c.Fused.Score * distinctness, 4), c.Match.Field))
            .ToList();
    }

    private static List<int> LexicalPool(KnowledgeIndex index, WeightedQuery query, Filter? filter)
    {
        // One document per phrasing plus the answer; eight per article fills the pool for the articles we write.
        var hits = index.Searcher.Search(BuildQuery(query.Terms), filter, CandidatePool * 8).ScoreDocs;
        var pool = new List<int>(CandidatePool + 3 * NominatedPerSignal);
        foreach (var hit in hits)
        {
            // Hits are best first, so the first document seen for an article is its best field.
            var ordinal = index.OrdinalOf(hit.Doc);
            if (pool.Contains(ordinal)) continue;
            pool.Add(ordinal);
            if (pool.Count == CandidatePool) break;
        }
        return pool;
    }

    // Built from analyzed terms, never parsed: a customer's "?", "*", ":" or quotes are just text.
    private static BooleanQuery BuildQuery(IReadOnlyList<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(Boosted(KnowledgeFields.Question, term, QuestionBoost), Occur.SHOULD);
            query.Add(Boosted(KnowledgeFields.AlternateQuestions, term, AlternateQuestionBoost), Occur.SHOULD);
            query.Add(Boosted(KnowledgeFields.Tags, term, TagsBoost), Occur.SHOULD);
            query.Add(Boosted(KnowledgeFields.Answer, term, AnswerBoost), Occur.SHOULD);
        }
        return query;
    }

    private static TermQuery Boosted(string field, string term, float boost) => new(new Term(field, term)) { Boost = boost };
}
