namespace ConversationalCare.HandoffConsole.Queue;

/// <summary>The inbox's tabs: three views of handoffs from the desk, and every conversation the bot is having.</summary>
internal sealed record InboxTab(string Key, string Label, InboxView? View)
{
    public const string Conversations = "conversations";

    public static readonly IReadOnlyList<InboxTab> All =
    [
        new("waiting", "Waiting", InboxView.Waiting),
        new("mine", "Mine", InboxView.Mine),
        new("all", "All handoffs", InboxView.All),
        new(Conversations, "All conversations", null),
    ];

    /// <summary>An unknown or missing ?view= opens the queue, where new work lands.</summary>
    public static InboxTab Find(string? key) =>
        All.FirstOrDefault(tab => tab.Key.Equals(key, StringComparison.OrdinalIgnoreCase)) ?? All[0];
}
