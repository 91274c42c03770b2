using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Import;

/// <summary>One article read from a file, or why it could not be read; <see cref="Line"/> is where it starts.</summary>
internal sealed record ImportRow(string Source, int Line, ArticleInput? Article, string? Error = null, string? FailedKey = null)
{
    /// <param name="key">The article's key when it could still be read, so the report can name it.</param>
    public static ImportRow Failed(string source, int line, string error, string? key = null) => new(source, line, null, error, key);

    public string? Key => Article?.Key ?? FailedKey;
}

/// <summary>
/// An article as a file states it. Lists a format cannot express (CSV has no follow-ups) are null, meaning
/// "keep what the article already has" rather than "remove them".
/// </summary>
internal sealed record ArticleInput(
    string Key, string Locale, string Category, string Question, IReadOnlyList<string> AlternateQuestions, string Answer,
    IReadOnlyList<string> Tags, IReadOnlyList<FollowUpPrompt>? FollowUps = null,
    IReadOnlyList<string>? Products = null, IReadOnlyList<string>? Channels = null)
{
    public ArticleContent ToContent(ArticleContent? existing) => new(
        Category, Question, AlternateQuestions, Answer, Tags,
        FollowUps ?? existing?.FollowUps ?? [], Products ?? existing?.Products ?? [], Channels ?? existing?.Channels ?? []);
}
