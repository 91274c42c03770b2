namespace ConversationalCare.Knowledge.Articles;

/// <summary>Everything an editor can change about an article; key and locale are its identity and stay fixed.</summary>
public sealed record ArticleContent(
    string Category,
    string Question,
    IReadOnlyList<string> AlternateQuestions,
    string Answer,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FollowUpPrompt> FollowUps,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Channels)
{
    public static ArticleContent Of(Article article) => new(
        article.Category, article.Question, article.AlternateQuestions, article.Answer,
        article.Tags, article.FollowUps, article.Products, article.Channels);

    public Article ToArticle(string key, string locale) =>
        new(key, locale, Category, Question, AlternateQuestions, Answer, Tags, FollowUps) { Products = Products, Channels = Channels };

    /// <summary>Trimmed, line endings unified, blank and repeated list entries dropped: what gets stored.</summary>
    public ArticleContent Normalized() => new(
        Category.Trim(),
        OneLine(Question),
        Distinct(AlternateQuestions.Select(OneLine)).Where(q => !string.Equals(q, OneLine(Question), StringComparison.OrdinalIgnoreCase)).ToList(),
        Answer.ReplaceLineEndings("\n").Trim(),
        Distinct(Tags.Select(t => t.Trim())),
        FollowUps.Select(f => new FollowUpPrompt(f.Title.Trim(), ArticleKeys.Normalize(f.ArticleKey)))
            .Where(f => f.Title.Length > 0 && f.ArticleKey.Length > 0).Distinct().ToList(),
        Distinct(Products.Select(p => p.Trim())),
        Distinct(Channels.Select(c => c.Trim())));

    // Value equality over the lists too, so "nothing changed" means the same text, not the same list instance.
    public bool Equals(ArticleContent? other) =>
        other is not null
        && Category == other.Category && Question == other.Question && Answer == other.Answer
        && AlternateQuestions.SequenceEqual(other.AlternateQuestions) && Tags.SequenceEqual(other.Tags)
        && FollowUps.SequenceEqual(other.FollowUps) && Products.SequenceEqual(other.Products)
        && Channels.SequenceEqual(other.Channels);

    public override int GetHashCode() => HashCode.Combine(Category, Question, Answer, AlternateQuestions.Count, Tags.Count);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Distinct(IEnumerable<string> items) =>
        items.Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
