using System.Text.Json.Serialization;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>The Conversation object of Direct Line 3.0 (start, reconnect, token calls).</summary>
public sealed record DirectLineConversation(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);

public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);

public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>Body of POST /conversations and /tokens/generate: {user:{id,name}, locale}.</summary>
public sealed class ConversationParameters
{
    public ChannelAccount? User { get; set; }
    public string? Locale { get; set; }
}

/// <summary>Watermarks are our per-conversation sequence numbers written as decimal strings.</summary>
public static class Watermark
{
    public static bool TryParse(string? value, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(value) || (long.TryParse(value, out watermark) && watermark >= 0);
    }

    public static string Format(long sequence) => sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
