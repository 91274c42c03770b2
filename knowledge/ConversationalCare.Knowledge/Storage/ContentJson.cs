using System.Text.Encodings.Web;
using System.Text.Json;
using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>Article content as one JSON column: versions stay readable snapshots whatever columns come later.</summary>
internal static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable in the column instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly ValueConverter<ArticleContent, string> Converter = new(
        content => Serialize(content),
        json => Deserialize(json));

    public static readonly ValueComparer<ArticleContent> Comparer = new(
        (a, b) => a == null ? b == null : a.Equals(b),
        content => content.GetHashCode(),
        content => content);

    public static string Serialize(ArticleContent content) => JsonSerializer.Serialize(content, Options);

    public static ArticleContent Deserialize(string json)
    {
        var content = JsonSerializer.Deserialize<ArticleContent>(json, Options)
            ?? throw new InvalidDataException("Stored article content is null.");
        // Lists added to the content later are missing from older snapshots; read them as empty.
        return content with
        {
            AlternateQuestions = content.AlternateQuestions ?? [],
            Tags = content.Tags ?? [],
            FollowUps = content.FollowUps ?? [],
            Products = content.Products ?? [],
            Channels = content.Channels ?? [],
        };
    }
}
