namespace ConversationalCare.Bot.Handoff;

/// <summary>An internal note on a conversation: for agents and supervisors, never shown to the customer.</summary>
public sealed class AgentNoteEntry
{
    private AgentNoteEntry() { }

    public AgentNoteEntry(string conversationId, string author, string text, DateTimeOffset at)
    {
        ConversationId = conversationId;
        Author = author;
        Text = text;
        At = at;
    }

    public long Id { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
