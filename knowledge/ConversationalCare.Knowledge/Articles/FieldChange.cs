namespace ConversationalCare.Knowledge.Articles;

/// <summary>One field that differs between two versions of an article, as text an editor can read.</summary>
public sealed record FieldChange(string Field, string Before, string After);

public static class ArticleContentComparison
{
    /// <summary>The fields that differ, in the order an editor reads an article; lists one entry per line.</summary>
    public static IReadOnlyList<FieldChange> ChangesTo(this ArticleContent before, ArticleContent after)
    {
        var fields = new (string Field, string Before, string After)[]
        {
            ("category", before.Category, after.Category),
            ("question", before.Question, after.Question),
            ("alternateQuestions", Lines(before.AlternateQuestions), Lines(after.AlternateQuestions)),
            ("answer", before.Answer, after.Answer),
            ("tags", Lines(before.Tags), Lines(after.Tags)),
            ("followUps", Lines(before.FollowUps.Select(f => $"{f.Title} → {f.ArticleKey}")), Lines(after.FollowUps.Select(f => $"{f.Title} → {f.ArticleKey}"))),
            ("products", Lines(before.Products), Lines(after.Products)),
            ("channels", Lines(before.Channels), Lines(after.Channels)),
        };
        return fields.Where(f => f.Before != f.After).Select(f => new FieldChange(f.Field, f.Before, f.After)).ToList();
    }

    /// <summary>The fields a new article fills in, as changes from nothing.</summary>
    public static IReadOnlyList<FieldChange> AsChanges(this ArticleContent content) => Empty.ChangesTo(content);

    public static readonly ArticleContent Empty = new("", "", [], "", [], [], [], []);

    private static string Lines(IEnumerable<string> items) => string.Join('\n', items);
}
