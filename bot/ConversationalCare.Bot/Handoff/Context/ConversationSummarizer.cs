using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff.Context;

/// <summary>
/// A short extractive summary an agent reads in five seconds: what the customer first asked, the most upset thing
/// they said, what they said last, and what the bot tried. Extractive, so it never invents anything.
/// </summary>
public static class ConversationSummarizer
{
    private const int MaxQuote = 160;

    public static string Summarize(IReadOnlyList<TranscriptLine> transcript, string reason, IReadOnlyList<OfferedArticle> offered)
    {
        var customer = transcript.Where(l => l.Role == "customer" && l.Type == "message" && !string.IsNullOrWhiteSpace(l.Text)).ToList();
        if (customer.Count == 0) return $"Escalated: {reason}. The customer has not written anything yet.";
        var parts = new List<string> { $"Customer first asked: \"{Quote(customer[0].Text)}\"" };
        var hottest = customer.Where(l => l.Understanding is { EmotionIntensity: >= 0.5 } u && u.Sentiment < 0)
            .MaxBy(l => l.Understanding!.EmotionIntensity);
        if (hottest is not null && hottest != customer[0])
            parts.Add($"Most upset ({hottest.Understanding!.Emotion} {hottest.Understanding.EmotionIntensity:0.0}): \"{Quote(hottest.Text)}\"");
        if (customer.Count > 1 && customer[^1] != hottest)
            parts.Add($"Last said: \"{Quote(customer[^1].Text)}\"");
        var intents = customer.Select(l => l.Understanding?.Intent).Where(i => i is not null).Distinct().ToList();
        if (intents.Count > 0) parts.Add($"Topics: {string.Join(", ", intents)}");
        parts.Add(offered.Count > 0
            ? $"Bot offered: {string.Join("; ", offered.Select(a => a.Rating is null ? a.Title : $"{a.Title} ({a.Rating})"))}"
            : "The bot had no matching article");
        parts.Add($"Escalated: {reason}");
        return string.Join(". ", parts) + ".";
    }

    private static string Quote(string? text)
    {
        var line = (text ?? "").ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxQuote ? line : line[..MaxQuote] + "…";
    }
}
