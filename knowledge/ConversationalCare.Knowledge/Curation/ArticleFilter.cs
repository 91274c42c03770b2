using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Curation;

/// <summary>What an editor narrows the article list (or an export) to; every part is optional.</summary>
/// <param name="Text">Words that must all appear in the key, question, alternates, answer, tags or category (any case).</param>
public sealed record ArticleFilter(ArticleStatus? Status = null, string? Locale = null, string? Category = null, string? Text = null)
{
    public static readonly ArticleFilter All = new();

    /// <summary>The longest words filter an editor may send; the list and the export refuse more rather than cut it.</summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// Reads a filter as a query string states it (status by name, any case), so the console's export link and the
    /// authoring API refuse the same things with the same words; problems come back per field.
    /// </summary>
    public static (ArticleFilter Filter, Dictionary<string, string[]> Problems) Parse(string? status, string? locale, string? category, string? text)
    {
        var problems = new Dictionary<string, string[]>();
        ArticleStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<ArticleStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                wanted = parsed;
            else problems["status"] = [$"Use one of {string.Join(", ", Enum.GetNames<ArticleStatus>())}."];
        }
        if (!string.IsNullOrWhiteSpace(locale) && !ArticleKeys.IsValidLocale(ArticleKeys.NormalizeLocale(locale)))
            problems["locale"] = ["Use a language tag such as en-US or zh-CN."];
        if (text?.Length > MaxTextLength) problems["text"] = [$"Keep the words under {MaxTextLength} characters."];
        return (new ArticleFilter(wanted, NullIfBlank(locale), NullIfBlank(category), NullIfBlank(text)), problems);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
