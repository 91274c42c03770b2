namespace ConversationalCare.HandoffConsole.Handoff;

/// <summary>Fills in who is talking to whom when an agent inserts a canned reply.</summary>
internal static class CannedResponses
{
    public static string Fill(string text, string customerName, string agentName) =>
        text.Replace("{customerName}", customerName, StringComparison.OrdinalIgnoreCase)
            .Replace("{agentName}", agentName, StringComparison.OrdinalIgnoreCase);
}
