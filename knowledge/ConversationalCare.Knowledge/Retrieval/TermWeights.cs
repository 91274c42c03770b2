namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// How much a term says about which article is meant: BM25's idf over articles (not index documents,
/// so five phrasings of one question don't make its words look common).
/// </summary>
internal sealed class TermWeights
{
    // A word no article uses ("iPhone", "Sunday") can't point anywhere, so it counts for less: enough that
    // off-topic text scores low, not so much that a product name sinks an otherwise clear question.
    private const double UnknownTermFactor = 0.4;

    private readonly Dictionary<string, int> articlesWithTerm = new(StringComparer.Ordinal);
    private readonly int articleCount;

    public TermWeights(IEnumerable<IndexedArticle> articles)
    {
        foreach (var article in articles)
        {
            articleCount++;
            foreach (var term in article.AllTerms)
                articlesWithTerm[term] = articlesWithTerm.GetValueOrDefault(term) + 1;
        }
    }

    public double Of(string term)
    {
        var df = articlesWithTerm.GetValueOrDefault(term);
        var idf = Math.Log(1 + (articleCount - df + 0.5) / (df + 0.5));
        return df == 0 ? UnknownTermFactor * idf : idf;
    }
}
