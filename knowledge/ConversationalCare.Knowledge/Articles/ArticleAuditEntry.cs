namespace ConversationalCare.Knowledge.Articles;

public enum AuditAction { Created, Edited, Submitted, Approved, Rejected, Published, Archived, Restored, Seeded, Imported }

/// <summary>One line of an article's history: who did what, when, and which fields it touched.</summary>
public sealed class ArticleAuditEntry
{
    private ArticleAuditEntry() { }

    internal ArticleAuditEntry(Guid articleId, AuditAction action, string actor, DateTimeOffset at,
        IEnumerable<string> changedFields, int? version, string? comment)
    {
        ArticleId = articleId;
        Action = action;
        Actor = actor;
        At = at;
        ChangedFields = string.Join(',', changedFields);
        Version = version;
        Comment = comment;
    }

    public long Id { get; private set; }
    public Guid ArticleId { get; private set; }
    public AuditAction Action { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    /// <summary>Comma-separated field names (empty for pure status changes).</summary>
    public string ChangedFields { get; private set; } = "";
    /// <summary>The version published or restored, when the action involved one.</summary>
    public int? Version { get; private set; }
    public string? Comment { get; private set; }
}
