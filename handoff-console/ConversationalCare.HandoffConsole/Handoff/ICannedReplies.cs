namespace ConversationalCare.HandoffConsole.Handoff;

/// <summary>
/// The port the agent's canned-reply picker needs; the bot implements it over the administered replies, so an
/// admin's change shows the next time a picker opens, on every host.
/// </summary>
public interface ICannedReplies
{
    /// <summary>
    /// The replies <paramref name="agent"/> may insert for a customer speaking <paramref name="locale"/>: the customer's
    /// language (English when it has none), those of the agent's teams first, then everyone's.
    /// </summary>
    Task<IReadOnlyList<CannedResponse>> ForAgentAsync(string agent, string locale, CancellationToken cancellationToken);
}

/// <summary>A reply as the picker shows it; <see cref="Team"/> is null for a reply meant for everyone.</summary>
public sealed record CannedResponse(string Name, string Text, string? Team = null);
