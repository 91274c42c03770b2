namespace ConversationalCare.Bot.Answers;

/// <summary>A customer's verdict on one answer, from the chat's helpful / not helpful buttons.</summary>
public sealed class AnswerRating
{
    private AnswerRating() { }

    public AnswerRating(string conversationId, string articleKey, bool helpful, DateTimeOffset at)
    {
        ConversationId = conversationId;
        ArticleKey = articleKey;
        Helpful = helpful;
        At = at;
    }

    public long Id { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string ArticleKey { get; private set; } = "";
    public bool Helpful { get; private set; }
    public DateTimeOffset At { get; private set; }
}
