using System.Text.Json;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Bot.Knowledge.Api;

/// <summary>A new draft: its identity (key, locale) and its words.</summary>
public sealed record NewArticleRequest(
    string? Key, string? Locale, string? Category, string? Question, IReadOnlyList<string>? AlternateQuestions, string? Answer,
    IReadOnlyList<string>? Tags, IReadOnlyList<FollowUpDto>? FollowUps, IReadOnlyList<string>? Products, IReadOnlyList<string>? Channels);

/// <summary>The whole working copy (PUT replaces it) and the revision the editor read it at.</summary>
public sealed record ArticleEditRequest(
    int? Revision, string? Category, string? Question, IReadOnlyList<string>? AlternateQuestions, string? Answer,
    IReadOnlyList<string>? Tags, IReadOnlyList<FollowUpDto>? FollowUps, IReadOnlyList<string>? Products, IReadOnlyList<string>? Channels);

/// <summary>A review step: the revision the caller read, and for approve (optional) or reject (required) a comment.</summary>
public sealed record WorkflowRequest(int? Revision, string? Comment);

public sealed record FollowUpDto(string? Title, string? ArticleKey);

public sealed record ArticleSummaryDto(
    string Key, string Locale, string Category, string Question, string Status, int Revision, int? LiveVersion, int LatestVersion,
    bool HasUnpublishedChanges, string UpdatedBy, DateTimeOffset UpdatedAt);

public sealed record ArticleListDto(IReadOnlyList<ArticleSummaryDto> Items, int Total);

public sealed record VersionDto(int Number, string PublishedBy, DateTimeOffset PublishedAt, string? Note, bool IsLive);

public sealed record HistoryDto(string Action, string Actor, DateTimeOffset At, IReadOnlyList<string> ChangedFields, int? Version, string? Comment);

/// <summary>An article as the editor sees it: the working copy, where it stands, its published versions and its history (newest first).</summary>
public sealed record ArticleDto(
    string Key, string Locale, string Status, int Revision, int? LiveVersion, int LatestVersion,
    string Category, string Question, IReadOnlyList<string> AlternateQuestions, string Answer, IReadOnlyList<string> Tags,
    IReadOnlyList<FollowUpDto> FollowUps, IReadOnlyList<string> Products, IReadOnlyList<string> Channels,
    string? ReviewComment, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy, DateTimeOffset UpdatedAt,
    IReadOnlyList<VersionDto> Versions, IReadOnlyList<HistoryDto> History);

public static class ArticleContractMapping
{
    /// <summary>"inReview", as the JSON elsewhere in the API is cased; filters accept any case.</summary>
    public static string Name(this ArticleStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static ArticleSummaryDto ToDto(this ArticleSummary a) =>
        new(a.Key, a.Locale, a.Category, a.Question, a.Status.Name(), a.Revision, a.LiveVersion, a.LatestVersion,
            a.HasUnpublishedChanges, a.UpdatedBy, a.UpdatedAt);

    public static ArticleDto ToDto(this ArticleDetails a) =>
        new(a.Key, a.Summary.Locale, a.Status.Name(), a.Revision, a.Summary.LiveVersion, a.Summary.LatestVersion,
            a.Content.Category, a.Content.Question, a.Content.AlternateQuestions, a.Content.Answer, a.Content.Tags,
            [.. a.Content.FollowUps.Select(f => new FollowUpDto(f.Title, f.ArticleKey))], a.Content.Products, a.Content.Channels,
            a.ReviewComment, a.CreatedBy, a.CreatedAt, a.Summary.UpdatedBy, a.Summary.UpdatedAt,
            [.. a.Versions.Select(v => new VersionDto(v.Number, v.PublishedBy, v.PublishedAt, v.Note, v.IsLive))],
            [.. a.Audit.Select(e => new HistoryDto(JsonNamingPolicy.CamelCase.ConvertName(e.Action.ToString()), e.Actor, e.At, e.ChangedFields, e.Version, e.Comment))]);

    public static ArticleContent ToContent(this NewArticleRequest r) =>
        Content(r.Category, r.Question, r.AlternateQuestions, r.Answer, r.Tags, r.FollowUps, r.Products, r.Channels);

    public static ArticleContent ToContent(this ArticleEditRequest r) =>
        Content(r.Category, r.Question, r.AlternateQuestions, r.Answer, r.Tags, r.FollowUps, r.Products, r.Channels);

    /// <summary>
    /// What the domain cannot see because the content would have to drop it: a follow-up without a title or key would
    /// silently vanish on save (as the console reports an unreadable follow-up line instead).
    /// </summary>
    public static Dictionary<string, string[]> FollowUpProblems(IReadOnlyList<FollowUpDto>? followUps) =>
        followUps?.Any(f => string.IsNullOrWhiteSpace(f?.Title) || string.IsNullOrWhiteSpace(f?.ArticleKey)) == true
            ? new() { ["followUps"] = ["Every follow-up needs a title and an articleKey."] }
            : [];

    // Absent text is empty text, so the domain reports "required" for it like for a blank field.
    private static ArticleContent Content(string? category, string? question, IReadOnlyList<string>? alternates, string? answer,
        IReadOnlyList<string>? tags, IReadOnlyList<FollowUpDto>? followUps, IReadOnlyList<string>? products, IReadOnlyList<string>? channels) =>
        new(category ?? "", question ?? "", Strings(alternates), answer ?? "", Strings(tags),
            [.. (followUps ?? []).Where(f => f is not null).Select(f => new FollowUpPrompt(f.Title ?? "", f.ArticleKey ?? ""))],
            Strings(products), Strings(channels));

    private static List<string> Strings(IReadOnlyList<string>? items) => [.. (items ?? []).Where(i => i is not null)];
}
