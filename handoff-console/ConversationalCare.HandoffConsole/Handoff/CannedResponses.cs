namespace ConversationalCare.HandoffConsole.Handoff;

public sealed record CannedResponse(string Name, string Text);

/// <summary>Picks the canned responses for a customer's language and fills in who is talking to whom.</summary>
internal static class CannedResponses
{
    private const string Fallback = "en-US";

    /// <summary>The exact locale first, then any of the same language (zh-TW → zh-CN), then English.</summary>
    public static IReadOnlyList<CannedResponse> For(HandoffConsoleOptions options, string locale)
    {
        var set = options.CannedResponses;
        var language = locale.Split('-')[0];
        var texts = set.TryGetValue(locale, out var exact) ? exact
            : set.FirstOrDefault(pair => pair.Key.Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase)).Value
              ?? set.GetValueOrDefault(Fallback)
              ?? [];
        return texts.Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
            .Select(pair => new CannedResponse(pair.Key, pair.Value)).ToList();
    }

    public static string Fill(string text, string customerName, string agentName) =>
        text.Replace("{customerName}", customerName, StringComparison.OrdinalIgnoreCase)
            .Replace("{agentName}", agentName, StringComparison.OrdinalIgnoreCase);
}
