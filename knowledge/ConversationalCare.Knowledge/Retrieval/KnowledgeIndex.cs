using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval.Fusion;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// One immutable build of the index: the Lucene reader plus the articles it was built from. A rebuild makes a
/// new one and swaps it in; reference counting lets searches already running finish on the old one.
/// </summary>
internal sealed class KnowledgeIndex
{
    private readonly DirectoryReader reader;
    private readonly int[] articleOfDocument;
    private readonly Dictionary<string, Filter> languageFilters;

    private KnowledgeIndex(DirectoryReader reader, IReadOnlyList<IndexedArticle> articles)
    {
        this.reader = reader;
        Articles = articles;
        ByKey = articles.ToDictionary(a => a.Article.Key, a => a.Article, StringComparer.Ordinal);
        AllArticles = articles.Select(a => a.Article).ToList();
        Weights = new TermWeights(articles);
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        articleOfDocument = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            articleOfDocument[doc] = reader.Document(doc).GetField(KnowledgeFields.ArticleOrdinal).GetInt32Value()!.Value;
        languageFilters = articles.Select(a => a.Language).Distinct().ToDictionary(
            language => language,
            Filter (language) => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(KnowledgeFields.Language, language)))));
        Models = new FusionModels(CharacterGramIndex.Build(articles));
    }

    public IndexSearcher Searcher { get; }
    public IReadOnlyList<IndexedArticle> Articles { get; }
    public IReadOnlyList<Article> AllArticles { get; }
    public IReadOnlyDictionary<string, Article> ByKey { get; }
    public TermWeights Weights { get; }

    /// <summary>The signals fused with BM25; the learned ones arrive after the build.</summary>
    public FusionModels Models { get; }

    /// <summary>Position of a document's article in <see cref="Articles"/>.</summary>
    public int OrdinalOf(int document) => articleOfDocument[document];

    /// <summary>Restricts a search to one language; null when no article is in that language.</summary>
    public Filter? LanguageFilter(string language) => languageFilters.GetValueOrDefault(language);

    public bool TryAcquire() => reader.TryIncRef();

    public void Release() => reader.DecRef();

    public static KnowledgeIndex Build(IEnumerable<Article> source, KnowledgeAnalyzer analyzer)
    {
        var articles = source.ToList();
        var duplicate = articles.GroupBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Article key '{duplicate.Key}' is used by {duplicate.Count()} articles.", nameof(source));

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() };
        var indexed = new List<IndexedArticle>(articles.Count);
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles)
            {
                var language = LocaleLanguage.Of(article.Locale);
                var answerText = MarkdownText.ToPlainText(article.Answer);
                var tagsText = string.Join(" , ", article.Tags);
                writer.AddDocument(Document(indexed.Count, language, KnowledgeFields.Question, article.Question));
                foreach (var alternate in article.AlternateQuestions)
                    writer.AddDocument(Document(indexed.Count, language, KnowledgeFields.AlternateQuestions, alternate));
                var answer = Document(indexed.Count, language, KnowledgeFields.Answer, answerText);
                answer.Add(new TextField(KnowledgeFields.Tags, tagsText, Field.Store.NO));
                writer.AddDocument(answer);

                var questions = article.AlternateQuestions
                    .Select(q => new QuestionTerms(KnowledgeFields.AlternateQuestions, TermSet(analyzer, q)))
                    .Prepend(new QuestionTerms(KnowledgeFields.Question, TermSet(analyzer, article.Question)))
                    .ToList();
                var answerTerms = TermSet(analyzer, answerText + " \n " + tagsText);
                indexed.Add(new IndexedArticle(article, language, questions, answerTerms));
            }
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        reader.AddReaderDisposedListener(new DisposeDirectoryWhenClosed(directory));
        return new KnowledgeIndex(reader, indexed);
    }

    private static Document Document(int ordinal, string language, string field, string text) =>
    [
        new StoredField(KnowledgeFields.ArticleOrdinal, ordinal),
        new StringField(KnowledgeFields.Language, language, Field.Store.NO),
        new TextField(field, text, Field.Store.NO),
    ];

    private static HashSet<string> TermSet(KnowledgeAnalyzer analyzer, string text) =>
        analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);

    private sealed class DisposeDirectoryWhenClosed(Lucene.Net.Store.Directory directory) : IReaderDisposedListener
    {
        public void OnDispose(IndexReader reader) => directory.Dispose();
    }
}
