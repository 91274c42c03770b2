namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// One activity of a conversation's transcript, in order. The whole activity is kept as JSON so channels get back
/// exactly what was sent (including fields we do not model); the columns beside it are for queries.
/// </summary>
public sealed class StoredActivity
{
    private StoredActivity() { }

    internal StoredActivity(string conversationId, long sequence, string activityId, string type, string? fromRole,
        string? text, string json, DateTimeOffset timestamp)
    {
        ConversationId = conversationId;
        Sequence = sequence;
        ActivityId = activityId;
        Type = type;
        FromRole = fromRole;
        Text = text;
        Json = json;
        Timestamp = timestamp;
    }

    public string ConversationId { get; private set; } = "";
    public long Sequence { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string? FromRole { get; private set; }
    public string? Text { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset Timestamp { get; private set; }
}
