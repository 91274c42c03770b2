namespace ConversationalCare.Bot.Learning;

public enum SuggestionStatus { Pending, Approved, Rejected }

/// <summary>
/// A customer's wording that an agent answered with an article: a candidate alternate question for that article,
/// waiting for a content owner. One per resolved handoff (the event id is unique), so re-reading events is harmless.
/// </summary>
public sealed class PhrasingSuggestion
{
    private PhrasingSuggestion() { }

    public PhrasingSuggestion(long handoffEventId, string articleKey, string wording, string locale, string conversationId,
        string agent, DateTimeOffset at)
    {
        HandoffEventId = handoffEventId;
        ArticleKey = articleKey;
        Wording = wording;
        Locale = locale;
        ConversationId = conversationId;
        Agent = agent;
        At = at;
        Status = SuggestionStatus.Pending;
    }

    public long Id { get; private set; }
    public long HandoffEventId { get; private set; }
    public string ArticleKey { get; private set; } = "";
    public string Wording { get; private set; } = "";
    public string Locale { get; private set; } = "";
    public string ConversationId { get; private set; } = "";
    public string Agent { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public SuggestionStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
}
