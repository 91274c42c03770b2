namespace ConversationalCare.Knowledge.Articles;

/// <summary>An immutable snapshot taken at each publish; the bot answers from the live one.</summary>
public sealed class ArticleVersion
{
    private ArticleVersion() { }

    internal ArticleVersion(Guid articleId, int number, ArticleContent content, string publishedBy, DateTimeOffset publishedAt, string? note)
    {
        ArticleId = articleId;
        Number = number;
        Content = content;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
        Note = note;
    }

    public long Id { get; private set; }
    public Guid ArticleId { get; private set; }
    public int Number { get; private set; }
    /// <summary>Stored as JSON, so later schema changes never rewrite history.</summary>
    public ArticleContent Content { get; private set; } = ArticleContentComparison.Empty;
    public string PublishedBy { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    /// <summary>Why this version exists when it is not an ordinary publish: "seed", "import", "restored from version 2".</summary>
    public string? Note { get; private set; }
}
