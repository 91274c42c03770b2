using System.Text;
using ConversationalCare.Knowledge.Articles;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// BM25 over an in-memory Lucene index, re-ranked by a calibrated 0..1 score. It is also the article catalog,
/// because both must come from the same snapshot: a key the search returns is always one the catalog knows,
/// even while <see cref="Rebuild"/> swaps in newly published articles.
/// </summary>
public sealed class LuceneKnowledgeSearch : IKnowledgeSearch, IArticleCatalog, IDisposable
{
    // Plenty for any real question; also keeps BooleanQuery under its 1024-clause limit for pasted essays.
    private const int MaxQueryTerms = 64;
    private const int MaxQuestionLength = 1000;
    // Articles re-ranked by the calibrated score; BM25 already put the plausible ones at the top.
    private const int CandidatePool = 10;
    private const float QuestionBoost = 3f;
    private const float AlternateQuestionBoost = 2.5f;
    private const float TagsBoost = 1.5f;
    private const float AnswerBoost = 1f;

    private readonly KnowledgeAnalyzer analyzer = new();
    private readonly double answerThreshold;
    private readonly double clarifyThreshold;
    private KnowledgeIndex current;
    private volatile bool disposed;

    public LuceneKnowledgeSearch(IEnumerable<Article> articles, KnowledgeOptions? options = null)
    {
        options ??= new KnowledgeOptions();
        answerThreshold = options.AnswerThreshold;
        clarifyThreshold = options.ClarifyThreshold;
        current = KnowledgeIndex.Build(articles, analyzer);
    }

    public IReadOnlyList<Article> All => Volatile.Read(ref current).AllArticles;

    public Article? Find(string key) => Volatile.Read(ref current).ByKey.GetValueOrDefault(key);

    public Task<KnowledgeResult> SearchAsync(string question, string locale, int top = 3, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(question, locale, top));
    }

    /// <summary>Ranks articles for a question; prefers the locale's language and falls back to others only when it has nothing.</summary>
    public KnowledgeResult Search(string question, string locale, int top = 3)
    {
        if (string.IsNullOrWhiteSpace(question) || top <= 0) return KnowledgeResult.Empty;
        if (question.Length > MaxQuestionLength) question = question[..MaxQuestionLength];

        var index = Acquire();
        try
        {
            var language = LocaleLanguage.Of(locale);
            // NFKC first so full-width "ＶＩＰ" or "１２" from Chinese keyboards reads as plain letters and digits.
            var text = MixedLanguage.Bridge(question.Normalize(NormalizationForm.FormKC), language);
            var terms = analyzer.Terms(text, MaxQueryTerms);
            if (terms.Count == 0) return KnowledgeResult.Empty;
            var query = new WeightedQuery(terms, index.Weights);

            var filter = index.LanguageFilter(language);
            var ranked = filter is null ? [] : Rank(index, query, filter, top);
            if (ranked.Count == 0 || ranked[0].Score < clarifyThreshold)
            {
                var anyLanguage = Rank(index, query, null, top);
                if (anyLanguage.Count > 0 && (ranked.Count == 0 || anyLanguage[0].Score > ranked[0].Score)) ranked = anyLanguage;
            }
            return new KnowledgeResult(ranked, ConfidenceOf(ranked));
        }
        finally
        {
            index.Release();
        }
    }

    /// <summary>Replaces every article at once; searches in flight finish on the previous index.</summary>
    public void Rebuild(IEnumerable<Article> articles)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var next = KnowledgeIndex.Build(articles, analyzer);
        Interlocked.Exchange(ref current, next).Release();
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        current.Release();
        analyzer.Dispose();
    }

    private AnswerConfidence ConfidenceOf(IReadOnlyList<KnowledgeCandidate> ranked) =>
        ranked.Count == 0 ? AnswerConfidence.None
        : ranked[0].Score >= answerThreshold ? AnswerConfidence.High
        : ranked[0].Score >= clarifyThreshold ? AnswerConfidence.Low
        : AnswerConfidence.None;

    private static List<KnowledgeCandidate> Rank(KnowledgeIndex index, WeightedQuery query, Filter? filter, int top)
    {
        // One document per phrasing plus the answer; eight per article fills the pool for the articles we write.
        var hits = index.Searcher.Search(BuildQuery(query.Terms), filter, CandidatePool * 8).ScoreDocs;
        var pool = new List<(IndexedArticle Article, float Bm25)>(CandidatePool);
        foreach (var hit in hits)
        {
            var article = index.ArticleOf(hit.Doc);
            // Hits are best first, so the first document seen for an article is its best field.
            if (pool.Exists(p => ReferenceEquals(p.Article, article))) continue;
            pool.Add((article, hit.Score));
            if (pool.Count == CandidatePool) break;
        }

        var scored = pool
            .Select(p => (p.Bm25, Match: MatchCalibrator.Score(query, p.Article, index.Weights), p.Article))
            .Where(c => c.Match.Score > 0)
            .OrderByDescending(c => c.Match.Score)
            .ThenByDescending(c => c.Bm25)
            .ToList();

        var distinctness = MatchCalibrator.Distinctness(scored.Select(c => c.Match).ToList());
        return scored
            .Take(top)
            .Select(c => new KnowledgeCandidate(c.Article.Article, Math.Round(c.Match.Score * distinctness, 4), c.Match.Field))
            .ToList();
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

    private KnowledgeIndex Acquire()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var index = Volatile.Read(ref current);
            // Fails only if a rebuild released this index between the read and here; the next read sees the new one.
            if (index.TryAcquire()) return index;
        }
    }
}
