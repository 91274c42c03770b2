using System.Text;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Language;
using ConversationalCare.Knowledge.Retrieval.Fusion;
using Lucene.Net.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// BM25 over an in-memory Lucene index fused with an article classifier, character-gram similarity and (when
/// configured) embeddings into a calibrated 0..1 score. It is also the article catalog, because both must come from
/// the same snapshot: a key the search returns is always one the catalog knows, even while <see cref="Rebuild"/>
/// swaps in newly published articles.
/// </summary>
public sealed class LuceneKnowledgeSearch : IKnowledgeSearch, IArticleCatalog, IDisposable
{
    // Plenty for any real question; also keeps BooleanQuery under its 1024-clause limit for pasted essays.
    private const int MaxQueryTerms = 64;
    private const int MaxQuestionLength = 1000;
    private const int WarmUpQuestions = 64;
    private const int WarmUpRounds = 4;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(120);

    private readonly KnowledgeAnalyzer analyzer = new();
    private readonly double answerThreshold;
    private readonly double clarifyThreshold;
    private readonly QuestionEmbeddings? embeddings;
    private readonly FusionTraining training;
    private KnowledgeIndex current;
    private volatile bool disposed;
    private bool warmedUp;

    /// <summary>
    /// Builds the index and trains its models before returning: a new search has no previous index to serve
    /// meanwhile. Later rebuilds train in the background.
    /// </summary>
    /// <param name="embeddingGenerator">Optional; its vectors join the fusion, and any failure falls back to local signals.</param>
    public LuceneKnowledgeSearch(
        IEnumerable<Article> articles, KnowledgeOptions? options = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null, ILogger<LuceneKnowledgeSearch>? logger = null,
        TimeProvider? clock = null)
    {
        options ??= new KnowledgeOptions();
        ILogger log = logger ?? NullLogger<LuceneKnowledgeSearch>.Instance;
        answerThreshold = options.AnswerThreshold;
        clarifyThreshold = options.ClarifyThreshold;
        if (embeddingGenerator is not null)
            embeddings = new QuestionEmbeddings(embeddingGenerator, options.Embeddings.Settings, clock ?? TimeProvider.System, log);
        training = new FusionTraining(PhrasingTerms, WarmUpOnce, embeddings, log);
        current = KnowledgeIndex.Build(articles, analyzer);
        training.Start(current);
        training.Completion.GetAwaiter().GetResult();
    }

    public IReadOnlyList<Article> All => Volatile.Read(ref current).AllArticles;

    public Article? Find(string key) => Volatile.Read(ref current).ByKey.GetValueOrDefault(key);

    /// <summary>Finishes when the latest rebuild's classifier (and vectors) have joined the fusion.</summary>
    public Task ModelsReady => training.Completion;

    /// <summary>Finishes when the latest rebuild's classifier has joined; embedding vectors may still be on the way.</summary>
    public Task ClassifierReady => training.Classified;

    public async Task<KnowledgeResult> SearchAsync(string question, string locale, int top = 3, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var vector = embeddings is not null && !string.IsNullOrWhiteSpace(question) && Volatile.Read(ref current).Models.Vectors is not null
            ? await embeddings.EmbedQuestionAsync(Truncate(question), cancellationToken)
            : null;
        return Search(question, locale, top, vector);
    }

    /// <summary>Ranks articles for a question with local signals only (no embedding call).</summary>
    public KnowledgeResult Search(string question, string locale, int top = 3) => Search(question, locale, top, null);

    /// <summary>Replaces every article at once; searches in flight finish on the previous index.</summary>
    public void Rebuild(IEnumerable<Article> articles)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var next = KnowledgeIndex.Build(articles, analyzer);
        Interlocked.Exchange(ref current, next).Release();
        training.Start(next);
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        training.Dispose();
        current.Release();
        analyzer.Dispose();
    }

    // Prefers the locale's language and falls back to others only when it has nothing.
    private KnowledgeResult Search(string question, string locale, int top, float[]? vector)
    {
        if (string.IsNullOrWhiteSpace(question) || top <= 0) return KnowledgeResult.Empty;
        question = Truncate(question);

        var index = Acquire();
        try
        {
            var language = LocaleLanguage.Of(locale);
            var prepared = Prepared(question, language);
            var terms = analyzer.Terms(prepared, MaxQueryTerms);
            if (terms.Count == 0) return KnowledgeResult.Empty;
            var query = new WeightedQuery(terms, index.Weights);

            var signals = FusedRanking.Signals(index, query, ChineseWords.Segment(prepared), question, vector);

            var filter = index.LanguageFilter(language);
            var ranked = filter is null ? [] : FusedRanking.Rank(index, query, signals, language, filter, top);
            if (ranked.Count == 0 || ranked[0].Score < clarifyThreshold)
            {
                var anyLanguage = FusedRanking.Rank(index, query, signals, null, null, top);
                if (anyLanguage.Count > 0 && (ranked.Count == 0 || anyLanguage[0].Score > ranked[0].Score)) ranked = anyLanguage;
            }
            return new KnowledgeResult(ranked, ConfidenceOf(ranked));
        }
        finally
        {
            index.Release();
        }
    }

    // Runs the articles' own questions through every signal, in a few rounds with pauses for the tiered JIT to
    // recompile what got hot, so that work happens once the first models are trained (while building, or in the
    // background) and not during the first customers' searches.
    private void WarmUpOnce(KnowledgeIndex trained)
    {
        if (warmedUp || disposed || trained.Articles.Count == 0 || !ReferenceEquals(trained, Volatile.Read(ref current))) return;
        warmedUp = true;
        var questions = trained.AllArticles.Take(WarmUpQuestions).ToList();
        try
        {
            for (var round = 0; round < WarmUpRounds; round++)
            {
                foreach (var article in questions) Search(article.Question, article.Locale, 3, null);
                Thread.Sleep(WarmUpPause);
            }
        }
        catch (ObjectDisposedException)
        {
            // Disposed while warming up: nobody will search any more.
        }
    }

    private static string Prepared(string question, string language) =>
        // NFKC first so full-width "ＶＩＰ" or "１２" from Chinese keyboards reads as plain letters and digits.
        MixedLanguage.Bridge(question.Normalize(NormalizationForm.FormKC), language);

    // The classifier learns from phrasings exactly as searches will present questions to it.
    private PhrasingFeatures PhrasingTerms(string phrasing, string language)
    {
        var prepared = Prepared(phrasing, language);
        return new PhrasingFeatures(string.Join(' ', analyzer.Terms(prepared)), ChineseWords.Segment(prepared));
    }

    private static string Truncate(string question) => question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;

    private AnswerConfidence ConfidenceOf(IReadOnlyList<KnowledgeCandidate> ranked) =>
        ranked.Count == 0 ? AnswerConfidence.None
        : ranked[0].Score >= answerThreshold ? AnswerConfidence.High
        : ranked[0].Score >= clarifyThreshold ? AnswerConfidence.Low
        : AnswerConfidence.None;

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
