using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConversationalCare.Knowledge.Articles;

/// <summary>The article file shape shared by the demo samples, JSON import and JSON export; every field optional on read.</summary>
internal sealed record ArticleJson(
    string? Key, string? Locale, string? Category,
    [property: JsonPropertyOrder(1)] List<string?>? Tags,
    [property: JsonPropertyOrder(2)] string? Question,
    [property: JsonPropertyOrder(3)] List<string?>? AlternateQuestions,
    [property: JsonPropertyOrder(4)] string? Answer,
    [property: JsonPropertyOrder(5)] List<FollowUpJson?>? FollowUps,
    [property: JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<string?>? Products = null,
    [property: JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<string?>? Channels = null)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field would otherwise be dropped silently and the article would lose content.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Chinese answers stay readable in exported files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static ArticleJson From(string key, string locale, ArticleContent content) => new(
        key, locale, content.Category, [.. content.Tags], content.Question, [.. content.AlternateQuestions], content.Answer,
        [.. content.FollowUps.Select(f => new FollowUpJson(f.Title, f.ArticleKey))],
        content.Products.Count > 0 ? [.. content.Products] : null,
        content.Channels.Count > 0 ? [.. content.Channels] : null);
}

internal sealed record FollowUpJson(string? Title, string? ArticleKey);
