namespace ConversationalCare.Bot.Handoff.Replies;

/// <summary>
/// A reply agents insert with one click, in one language, for one team or (no team) for everyone. The text may hold
/// {customerName} and {agentName}, filled in when inserted.
/// </summary>
public sealed class CannedReply
{
    private CannedReply() { }

    public CannedReply(string? team, string language, string name, string text, string actor, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Team = team;
        Language = language;
        Name = name;
        Text = text;
        UpdatedBy = actor;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string? Team { get; private set; }
    /// <summary>Language prefix such as "en" or "zh", matched against the customer's locale.</summary>
    public string Language { get; private set; } = "en";
    public string Name { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Edit(string? team, string language, string name, string text, string actor, DateTimeOffset now)
    {
        if ((Team, Language, Name, Text) == (team, language, name, text)) return false;
        (Team, Language, Name, Text, UpdatedBy, UpdatedAt) = (team, language, name, text, actor, now);
        return true;
    }
}
