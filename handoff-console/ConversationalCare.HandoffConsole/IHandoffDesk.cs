namespace ConversationalCare.HandoffConsole;

/// <summary>
/// The port for agents' work on handed-off conversations. The bot implements it and decides every state change
/// (who owns a conversation, what the customer is told); the console and the agent API only ask.
/// Every command names the acting agent by user name; results say what happened instead of throwing.
/// </summary>
public interface IHandoffDesk
{
    /// <summary>Handoffs for the inbox: waiting (queue order: priority, then waiting time), mine, or all open ones.</summary>
    Task<IReadOnlyList<QueueItem>> InboxAsync(string agent, InboxView view, CancellationToken cancellationToken);

    /// <summary>Everything an agent needs to take over without asking the customer to repeat themselves.</summary>
    Task<HandoffContext?> GetContextAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Takes ownership; fails with <see cref="DeskFailure.Conflict"/> when another agent already owns it.</summary>
    Task<DeskResult> ClaimAsync(string conversationId, string agent, CancellationToken cancellationToken);

    /// <summary>Sends a message to the customer through their own channel; only the owner may.</summary>
    Task<DeskResult> SendAsync(string conversationId, string agent, string text, CancellationToken cancellationToken);

    /// <summary>An internal note: agents and supervisors see it, the customer never does.</summary>
    Task<DeskResult> AddNoteAsync(string conversationId, string agent, string text, CancellationToken cancellationToken);

    /// <summary>Back to the queue for another agent (by user name) or team, with a note for whoever picks it up.</summary>
    Task<DeskResult> TransferAsync(string conversationId, string agent, TransferTarget target, string? note, CancellationToken cancellationToken);

    /// <summary>Ends the handoff with a disposition; the customer is then asked for a CSAT score.</summary>
    Task<DeskResult> ResolveAsync(string conversationId, string agent, string disposition, CancellationToken cancellationToken);

    /// <summary>Hands the conversation back to the bot, which answers the customer's next message again.</summary>
    Task<DeskResult> ReleaseAsync(string conversationId, string agent, CancellationToken cancellationToken);

    /// <summary>Tells the customer the agent is typing (best effort, never stored).</summary>
    Task AgentTypingAsync(string conversationId, string agent, CancellationToken cancellationToken);

    /// <summary>Yields whenever the customer of this conversation is typing, until cancelled.</summary>
    IAsyncEnumerable<DateTimeOffset> WatchCustomerTypingAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentProfile>> ListAgentsAsync(CancellationToken cancellationToken);

    Task<AgentProfile?> GetAgentAsync(string agent, CancellationToken cancellationToken);

    Task<DeskResult> SetStatusAsync(string agent, AgentStatus status, CancellationToken cancellationToken);
}

public enum InboxView { Waiting, Mine, All }

public enum AgentStatus { Online, Away, Offline }

/// <summary>Where a first response stands against its target: at risk once most of the time is used.</summary>
public enum SlaState { OnTrack, AtRisk, Breached, Met }

public enum DeskFailure { None, NotFound, Conflict, NotOwner, Invalid }

public sealed record DeskResult(DeskFailure Failure, string? Message = null)
{
    public static readonly DeskResult Done = new(DeskFailure.None);
    public bool Succeeded => Failure == DeskFailure.None;
}

/// <summary>Exactly one of Agent (a user name) or Team (a skill such as "billing" or "complaints").</summary>
public sealed record TransferTarget(string? Agent, string? Team);

public sealed record QueueItem(
    string ConversationId,
    string CustomerName,
    string Channel,
    string Locale,
    string Status,
    int Priority,
    string Team,
    string Reason,
    DateTimeOffset RequestedAt,
    DateTimeOffset FirstResponseDueAt,
    DateTimeOffset SlaAtRiskAt,
    SlaState Sla,
    string? Owner,
    string? OfferedTo,
    string? Emotion,
    double? EmotionIntensity,
    string? LastMessagePreview,
    int? QueuePosition);

public sealed record HandoffInfo(
    Guid Id,
    string Status,
    string Reason,
    string ReasonDetail,
    int Priority,
    string Team,
    DateTimeOffset RequestedAt,
    string? Owner,
    string? OfferedTo,
    DateTimeOffset FirstResponseDueAt,
    DateTimeOffset SlaAtRiskAt,
    DateTimeOffset? FirstAgentReplyAt,
    SlaState Sla,
    DateTimeOffset? ResolvedAt,
    string? Disposition,
    int? CsatScore,
    string? CsatComment);

public sealed record CustomerProfile(string Name, string Channel, string Locale, string Tier, DateTimeOffset FirstSeenAt);

/// <summary>An article the bot answered with or suggested, and how the customer rated it (helpful, notHelpful or null).</summary>
public sealed record OfferedArticle(string Key, string Title, DateTimeOffset At, string? Rating);

/// <summary>Order numbers, emails and phone numbers found in the customer's messages (shown to agents, masked in logs).</summary>
public sealed record FoundEntity(string Kind, string Value);

public sealed record PreviousConversation(string ConversationId, DateTimeOffset StartedAt, string? TopIntent, string? Outcome);

public sealed record AgentNote(string Author, string Text, DateTimeOffset At);

/// <summary>The context package: what the customer said and felt, what the bot tried, and why it stepped aside.</summary>
public sealed record HandoffContext(
    ConversationSummary Conversation,
    HandoffInfo Handoff,
    CustomerProfile Customer,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<double> EmotionTrajectory,
    IReadOnlyList<OfferedArticle> ArticlesOffered,
    IReadOnlyList<FoundEntity> Entities,
    string Summary,
    IReadOnlyList<PreviousConversation> PreviousConversations,
    IReadOnlyList<AgentNote> Notes);

public sealed record AgentProfile(
    string UserName,
    string DisplayName,
    AgentStatus Status,
    int Capacity,
    int ActiveChats,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages);
