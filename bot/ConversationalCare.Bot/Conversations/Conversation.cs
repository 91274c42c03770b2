namespace ConversationalCare.Bot.Conversations;

public enum ConversationStatus { Active, Ended }

/// <summary>
/// One conversation on one channel. <see cref="LastSequence"/> is the Direct Line watermark of the newest
/// stored activity; it doubles as the optimistic-concurrency token so two writers never reuse a number.
/// </summary>
public sealed class Conversation
{
    private Conversation() { }

    public Conversation(string id, string channelId, string? externalId, Guid customerId, string locale, DateTimeOffset now)
    {
        Id = id;
        ChannelId = channelId;
        ExternalId = externalId;
        CustomerId = customerId;
        Locale = locale;
        StartedAt = now;
        LastActivityAt = now;
    }

    public string Id { get; private set; } = "";
    public string ChannelId { get; private set; } = "";
    /// <summary>The channel's own conversation id (Bot Connector channels); null for Direct Line.</summary>
    public string? ExternalId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Customer? Customer { get; private set; }
    public ConversationStatus Status { get; private set; }
    public string Locale { get; private set; } = "en-US";
    /// <summary>Serialized ConversationReference, so an agent or a later turn can reply proactively.</summary>
    public string? ReferenceJson { get; private set; }
    public long LastSequence { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }
    /// <summary>When the retention period removed the customer's words and names; the figures KPIs need stay.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public bool MarkAnonymised(DateTimeOffset now)
    {
        if (AnonymisedAt is not null) return false;
        AnonymisedAt = now;
        return true;
    }

    public bool SetReference(string referenceJson)
    {
        if (ReferenceJson == referenceJson) return false;
        ReferenceJson = referenceJson;
        return true;
    }

    public bool SwitchLocale(string locale)
    {
        if (string.Equals(Locale, locale, StringComparison.OrdinalIgnoreCase)) return false;
        Locale = locale;
        return true;
    }

    /// <summary>Hands out the next watermark and a timestamp strictly after the previous one (Web Chat sorts by it).</summary>
    internal (long Sequence, DateTimeOffset Timestamp) NextPosition(DateTimeOffset now)
    {
        LastSequence++;
        LastActivityAt = now > LastActivityAt ? now : LastActivityAt.AddTicks(10);
        return (LastSequence, LastActivityAt);
    }

    public bool End()
    {
        if (Status == ConversationStatus.Ended) return false;
        Status = ConversationStatus.Ended;
        return true;
    }
}
