namespace ConversationalCare.Bot.Conversations;

/// <summary>A file a customer uploaded; kept in the database so every host instance can serve it.</summary>
public sealed class StoredAttachment
{
    private StoredAttachment() { }

    public StoredAttachment(string conversationId, string contentType, string fileName, byte[] content, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ConversationId = conversationId;
        ContentType = contentType;
        FileName = fileName;
        Content = content;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }
}
