using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConversationalCare.Bot.Activities;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Fields we do not model land in
/// <see cref="Extra"/> so a round trip never drops what a channel sent us.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? ReplyToId { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Name { get; set; }
    public JsonElement? Value { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Code { get; set; }
    public string? CallerId { get; set; }
    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>Web Chat waits for its own message to come back carrying this id (PROTOCOLS C.7).</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>A reply addressed back to the sender of this activity, as the Bot Connector spec builds it.</summary>
    public Activity CreateReply(string? text = null, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Text = text,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
    };

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    public Activity Clone() => JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(this, ActivityJson.Options), ActivityJson.Options)!;
}
