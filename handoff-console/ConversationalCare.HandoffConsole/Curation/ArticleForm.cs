using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>
/// The edit page's fields as the editor types them: lists are text (one per line, or comma-separated) and become an
/// <see cref="ArticleContent"/> only on save, so half-typed text is never reshaped under the editor's cursor.
/// </summary>
public sealed class ArticleForm
{
    // Follow-up lines are "button text | article key"; an arrow (as the diff shows them) is accepted too.
    private static readonly string[] FollowUpSeparators = ["|", "→"];
    private static readonly char[] ListSeparators = [',', '，', '\n'];

    public string Key { get; set; } = "";
    public string Locale { get; set; } = "en-US";
    public string Category { get; set; } = "";
    public string Tags { get; set; } = "";
    public string Question { get; set; } = "";
    public string AlternateQuestions { get; set; } = "";
    public string Answer { get; set; } = "";
    public string FollowUps { get; set; } = "";
    public string Products { get; set; } = "";
    public string Channels { get; set; } = "";

    public static ArticleForm From(ArticleDetails article) => new()
    {
        Key = article.Key,
        Locale = article.Summary.Locale,
        Category = article.Content.Category,
        Tags = string.Join(", ", article.Content.Tags),
        Question = article.Content.Question,
        AlternateQuestions = string.Join('\n', article.Content.AlternateQuestions),
        Answer = article.Content.Answer,
        FollowUps = string.Join('\n', article.Content.FollowUps.Select(f => $"{f.Title} | {f.ArticleKey}")),
        Products = string.Join(", ", article.Content.Products),
        Channels = string.Join(", ", article.Content.Channels),
    };

    public ArticleContent ToContent() => new(
        Category, Question, Lines(AlternateQuestions), Answer, List(Tags), FollowUpPrompts, List(Products), List(Channels));

    /// <summary>The follow-up lines that can be read, for the preview and the save.</summary>
    public IReadOnlyList<FollowUpPrompt> FollowUpPrompts =>
        Lines(FollowUps).Select(ParseFollowUp).OfType<FollowUpPrompt>().ToList();

    /// <summary>
    /// What the curation API cannot see because the form would have to drop it: a follow-up line without an article key
    /// would vanish on save, so it is reported instead.
    /// </summary>
    public Dictionary<string, string[]> Problems()
    {
        var unreadable = Lines(FollowUps).Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => ParseFollowUp(l.Line) is null).Select(l => l.Number).ToList();
        return unreadable.Count == 0 ? []
            : new() { ["followUps"] = [$"Line {string.Join(", ", unreadable)}: write the button text, then '|' and the article key, like “Track my order | en-track-order”."] };
    }

    private static FollowUpPrompt? ParseFollowUp(string line)
    {
        var at = FollowUpSeparators.Select(s => line.LastIndexOf(s, StringComparison.Ordinal)).Max();
        if (at <= 0) return null;
        var title = line[..at].Trim();
        var key = line[(at + 1)..].Trim();
        return title.Length > 0 && key.Length > 0 ? new FollowUpPrompt(title, key) : null;
    }

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static List<string> List(string text) =>
        text.Split(ListSeparators).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
}
