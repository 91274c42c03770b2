using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Curation;

/// <summary>What an editor narrows the article list (or an export) to; every part is optional.</summary>
/// <param name="Text">Words that must all appear in the key, question, alternates, answer, tags or category (any case).</param>
public sealed record ArticleFilter(ArticleStatus? Status = null, string? Locale = null, string? Category = null, string? Text = null)
{
    public static readonly ArticleFilter All = new();

    internal IQueryable<StoredArticle> Apply(IQueryable<StoredArticle> articles)
    {
        if (Status is { } status) articles = articles.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(Locale))
        {
            var locale = ArticleKeys.NormalizeLocale(Locale);
            articles = articles.Where(a => a.Locale == locale);
        }
        if (!string.IsNullOrWhiteSpace(Category))
        {
            var category = Category.Trim();
            articles = articles.Where(a => a.Category == category);
        }
        // The column is stored lower-cased, so a lower-cased term matches any case, Chinese included.
        foreach (var term in (Text ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(10))
            articles = articles.Where(a => a.SearchText.Contains(term));
        return articles;
    }
}
