using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Curation;

internal static class ArticleMapping
{
    public static ArticleSummary ToSummary(this StoredArticle a) =>
        new(a.Id, a.Key, a.Locale, a.Category, a.Question, a.Status, a.Revision, a.LiveVersion, a.LatestVersion, a.UpdatedBy, a.UpdatedAt);

    public static VersionInfo ToInfo(this ArticleVersion v, int? liveVersion) =>
        new(v.Number, v.PublishedBy, v.PublishedAt, v.Note, v.Number == liveVersion);

    public static AuditRecord ToRecord(this ArticleAuditEntry e) =>
        new(e.Action, e.Actor, e.At, e.ChangedFields.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Version, e.Comment);
}
