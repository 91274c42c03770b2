namespace ConversationalCare.Knowledge.Articles;

/// <summary>What a storable article must satisfy; problems come back per field, ready for a validation problem.</summary>
public static class ArticleRules
{
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 20_000;
    public const int MaxCategoryLength = 100;
    public const int MaxListEntries = 100;

    /// <summary>Checks normalized values; an empty dictionary means the article can be stored.</summary>
    public static Dictionary<string, string[]> Problems(string key, string locale, ArticleContent content)
    {
        var problems = new Dictionary<string, List<string>>();
        void Add(string field, string problem) => (problems.TryGetValue(field, out var list) ? list : problems[field] = []).Add(problem);

        if (!ArticleKeys.IsValid(key))
            Add("key", $"Use 1–{ArticleKeys.MaxLength} lower-case letters, digits, '-', '_' or '.', starting with a letter or digit.");
        if (!ArticleKeys.IsValidLocale(locale)) Add("locale", "Use a language tag such as en-US or zh-CN.");
        foreach (var (field, problem) in ContentProblems(content)) Add(field, problem);
        return problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Checks normalized content alone, for an edit of an article whose key and locale are settled.</summary>
    public static Dictionary<string, string[]> Problems(ArticleContent content) =>
        ContentProblems(content).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray());

    private static IEnumerable<(string Field, string Problem)> ContentProblems(ArticleContent content)
    {
        if (content.Category.Length == 0) yield return ("category", "A category is required.");
        if (content.Category.Length > MaxCategoryLength) yield return ("category", $"Keep the category under {MaxCategoryLength} characters.");
        if (content.Question.Length == 0) yield return ("question", "A question is required.");
        if (content.Question.Length > MaxQuestionLength) yield return ("question", $"Keep the question under {MaxQuestionLength} characters.");
        if (content.Answer.Length == 0) yield return ("answer", "An answer is required.");
        if (content.Answer.Length > MaxAnswerLength) yield return ("answer", $"Keep the answer under {MaxAnswerLength} characters.");
        if (content.AlternateQuestions.Any(q => q.Length > MaxQuestionLength))
            yield return ("alternateQuestions", $"Keep each alternate question under {MaxQuestionLength} characters.");
        foreach (var (field, list) in new[] { ("alternateQuestions", content.AlternateQuestions), ("tags", content.Tags), ("products", content.Products), ("channels", content.Channels) })
            if (list.Count > MaxListEntries) yield return (field, $"Use at most {MaxListEntries} entries.");
        if (content.FollowUps.Any(f => !ArticleKeys.IsValid(f.ArticleKey)))
            yield return ("followUps", "Each follow-up must lead to a valid article key.");
    }
}
