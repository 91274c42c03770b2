using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Curation;

/// <summary>One row of the article list.</summary>
public sealed record ArticleSummary(
    Guid Id, string Key, string Locale, string Category, string Question, ArticleStatus Status,
    int Revision, int? LiveVersion, int LatestVersion, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    /// <summary>The bot answers from an older version than the one being worked on.</summary>
    public bool HasUnpublishedChanges => LiveVersion is not null && Status != ArticleStatus.Published;
}

public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, int Total);

/// <summary>An article with everything the editor page shows: working copy, versions and history (newest first).</summary>
public sealed record ArticleDetails(
    ArticleSummary Summary, ArticleContent Content, string? ReviewComment, string CreatedBy, DateTimeOffset CreatedAt,
    IReadOnlyList<VersionInfo> Versions, IReadOnlyList<AuditRecord> Audit)
{
    public Guid Id => Summary.Id;
    public string Key => Summary.Key;
    public ArticleStatus Status => Summary.Status;
    public int Revision => Summary.Revision;
}

public sealed record VersionInfo(int Number, string PublishedBy, DateTimeOffset PublishedAt, string? Note, bool IsLive);

/// <summary>One published snapshot with its words, for previewing before a restore.</summary>
public sealed record VersionDetails(VersionInfo Info, ArticleContent Content);

public sealed record AuditRecord(AuditAction Action, string Actor, DateTimeOffset At, IReadOnlyList<string> ChangedFields, int? Version, string? Comment);

/// <summary>Field-level differences from one version to another; <paramref name="To"/> null means the working copy.</summary>
public sealed record VersionDiff(int From, int? To, IReadOnlyList<FieldChange> Changes);
