namespace ConversationalCare.Bot.Learning;

/// <summary>
/// A content owner dealt with a wording in the gaps list: dismissed it, or added it to an article. Occurrences up to
/// <see cref="At"/> stay out of the list; if customers keep asking afterwards, the gap comes back with the new count.
/// </summary>
public sealed class GapDecision
{
    private GapDecision() { }

    public GapDecision(string locale, string normalizedWording, string? articleKey, string actor, DateTimeOffset at)
    {
        Locale = locale;
        NormalizedWording = normalizedWording;
        ArticleKey = articleKey;
        Actor = actor;
        At = at;
    }

    public long Id { get; private set; }
    public string Locale { get; private set; } = "";
    public string NormalizedWording { get; private set; } = "";
    /// <summary>The article the wording went to; null when it was dismissed.</summary>
    public string? ArticleKey { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
