namespace ConversationalCare.Knowledge.Articles;

/// <summary>
/// An article as content owners curate it. <see cref="Content"/> is the working copy; the bot answers from the
/// <see cref="LiveVersion"/> snapshot, so editing a published article never takes its answer offline.
/// Invariant: while <see cref="Status"/> is Published, the working copy equals the live version.
/// </summary>
public sealed class StoredArticle
{
    public const int MaxCommentLength = 2000;

    private readonly List<ArticleVersion> versions = [];
    private readonly List<ArticleAuditEntry> audit = [];

    private StoredArticle() { }

    /// <summary>A new article, audited as <paramref name="action"/>; published at once as version 1 when asked (seed, import).</summary>
    /// <exception cref="ArgumentException">The content breaks <see cref="ArticleRules"/>; callers validate first.</exception>
    public static StoredArticle Create(string key, string locale, ArticleContent content, string actor, DateTimeOffset now,
        AuditAction action = AuditAction.Created, bool publish = false)
    {
        var article = new StoredArticle
        {
            Id = Guid.CreateVersion7(now),
            Key = ArticleKeys.Normalize(key),
            Locale = ArticleKeys.NormalizeLocale(locale),
            CreatedBy = actor,
            CreatedAt = now,
        };
        content = content.Normalized();
        if (ArticleRules.Problems(article.Key, article.Locale, content) is { Count: > 0 } problems)
            throw new ArgumentException($"Article '{key}' is not valid: {string.Join(" ", problems.SelectMany(p => p.Value))}", nameof(content));
        article.Apply(content);
        int? version = publish ? article.Snapshot(actor, now, action.ToString().ToLowerInvariant()) : null;
        article.Record(action, actor, now, content.AsChanges().Select(c => c.Field), version);
        return article;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public string Locale { get; private set; } = "";
    public ArticleStatus Status { get; private set; }
    public ArticleContent Content { get; private set; } = ArticleContentComparison.Empty;
    /// <summary>Copied out of <see cref="Content"/> so lists can filter and sort on them.</summary>
    public string Category { get; private set; } = "";
    public string Question { get; private set; } = "";
    /// <summary>Lower-cased key, question, alternates, answer, tags and category, for the editors' text filter.</summary>
    public string SearchText { get; private set; } = "";
    /// <summary>Goes up with every change; an editor's save names the revision it started from (optimistic concurrency).</summary>
    public int Revision { get; private set; }
    /// <summary>The newest snapshot's number; 0 before the first publish.</summary>
    public int LatestVersion { get; private set; }
    /// <summary>The snapshot the bot answers from; null when unpublished or archived.</summary>
    public int? LiveVersion { get; private set; }
    /// <summary>The last reviewer's comment (why it was rejected), cleared when it goes back to review.</summary>
    public string? ReviewComment { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Only what was loaded or added in this unit of work.</summary>
    public IReadOnlyList<ArticleVersion> Versions => versions;
    public IReadOnlyList<ArticleAuditEntry> Audit => audit;

    /// <summary>Replaces the working copy; anything but a draft goes back to draft (a review approved other words).</summary>
    public ArticleChange Edit(ArticleContent content, string actor, DateTimeOffset now, AuditAction action = AuditAction.Edited)
    {
        content = content.Normalized();
        if (ArticleRules.Problems(Key, Locale, content) is { Count: > 0 } problems)
            return ArticleChange.Refused(string.Join(" ", problems.SelectMany(p => p.Value)));
        var changes = Content.ChangesTo(content);
        if (changes.Count == 0) return ArticleChange.None;
        Apply(content);
        Status = ArticleStatus.Draft;
        return Record(action, actor, now, changes.Select(c => c.Field));
    }

    public ArticleChange SubmitForReview(string actor, DateTimeOffset now)
    {
        if (Status == ArticleStatus.InReview) return ArticleChange.None;
        if (Status != ArticleStatus.Draft) return ArticleChange.Refused($"Only a draft can be submitted for review; this article is {Describe(Status)}.");
        Status = ArticleStatus.InReview;
        ReviewComment = null;
        return Record(AuditAction.Submitted, actor, now, []);
    }

    public ArticleChange Approve(string actor, DateTimeOffset now, string? comment = null)
    {
        if (comment?.Length > MaxCommentLength) return ArticleChange.Refused($"Keep the comment under {MaxCommentLength} characters.");
        if (Status == ArticleStatus.Approved) return ArticleChange.None;
        if (Status != ArticleStatus.InReview) return ArticleChange.Refused($"Only an article in review can be approved; this one is {Describe(Status)}.");
        Status = ArticleStatus.Approved;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return Record(AuditAction.Approved, actor, now, [], comment: ReviewComment);
    }

    /// <summary>Sends it back to its author; the comment is required because "rejected" alone helps nobody.</summary>
    public ArticleChange Reject(string actor, DateTimeOffset now, string comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return ArticleChange.Refused("Say what needs to change when rejecting an article.");
        if (comment.Length > MaxCommentLength) return ArticleChange.Refused($"Keep the comment under {MaxCommentLength} characters.");
        if (Status is not (ArticleStatus.InReview or ArticleStatus.Approved))
            return ArticleChange.Refused($"Only an article in review can be rejected; this one is {Describe(Status)}.");
        Status = ArticleStatus.Draft;
        ReviewComment = comment.Trim();
        return Record(AuditAction.Rejected, actor, now, [], comment: ReviewComment);
    }

    public ArticleChange Publish(string actor, DateTimeOffset now)
    {
        if (Status == ArticleStatus.Published) return ArticleChange.None;
        if (Status != ArticleStatus.Approved)
            return ArticleChange.Refused($"Only an approved article can be published; this one is {Describe(Status)}.");
        var number = Snapshot(actor, now, note: null);
        return Record(AuditAction.Published, actor, now, [], number);
    }

    /// <summary>Publishes the working copy without a review: for seeding, trusted imports and restores.</summary>
    public ArticleChange PublishWithoutReview(string actor, DateTimeOffset now, string note)
    {
        if (Status == ArticleStatus.Published) return ArticleChange.None;
        var number = Snapshot(actor, now, note);
        return Record(AuditAction.Published, actor, now, [], number, note);
    }

    /// <summary>Takes the article out of service: the bot stops answering with it, its history stays.</summary>
    public ArticleChange Archive(string actor, DateTimeOffset now)
    {
        if (Status == ArticleStatus.Archived) return ArticleChange.None;
        Status = ArticleStatus.Archived;
        LiveVersion = null;
        return Record(AuditAction.Archived, actor, now, []);
    }

    /// <summary>Brings back an earlier version's words as a new draft, or publishes them at once as a new version.</summary>
    public ArticleChange RestoreVersion(ArticleVersion version, bool publish, string actor, DateTimeOffset now)
    {
        if (version.ArticleId != Id) throw new ArgumentException($"Version {version.Number} belongs to another article.", nameof(version));
        var fields = Content.ChangesTo(version.Content).Select(c => c.Field).ToList();
        if (fields.Count == 0 && (Status == ArticleStatus.Published || (Status == ArticleStatus.Draft && !publish))) return ArticleChange.None;

        Apply(version.Content);
        Status = ArticleStatus.Draft;
        if (!publish) return Record(AuditAction.Restored, actor, now, fields, version.Number);
        var number = Snapshot(actor, now, $"restored from version {version.Number}");
        return Record(AuditAction.Restored, actor, now, fields, version.Number, $"published as version {number}");
    }

    private void Apply(ArticleContent content)
    {
        Content = content;
        Category = content.Category;
        Question = content.Question;
        SearchText = string.Join('\n', [Key, content.Question, .. content.AlternateQuestions, content.Answer, .. content.Tags, content.Category])
            .ToLowerInvariant();
    }

    private int Snapshot(string actor, DateTimeOffset now, string? note)
    {
        LatestVersion++;
        versions.Add(new ArticleVersion(Id, LatestVersion, Content, actor, now, note));
        LiveVersion = LatestVersion;
        Status = ArticleStatus.Published;
        return LatestVersion;
    }

    private ArticleChange Record(AuditAction action, string actor, DateTimeOffset now, IEnumerable<string> fields, int? version = null, string? comment = null)
    {
        audit.Add(new ArticleAuditEntry(Id, action, actor, now, fields, version, comment));
        Revision++;
        UpdatedBy = actor;
        UpdatedAt = now;
        return ArticleChange.Done;
    }

    private static string Describe(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
