namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// What the stored data says about one conversation, reduced to the few values the KPIs need. Built once per report
/// from the Conversations, Activities, Handoffs and HandoffEvents tables; nothing here is stored separately.
/// </summary>
public sealed class ConversationFacts
{
    public required string ConversationId { get; init; }
    public required Guid CustomerId { get; init; }
    public required string Channel { get; init; }
    public required string Locale { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset LastActivityAt { get; init; }

    /// <summary>The first specific intent the customer expressed (greetings, thanks and "a person please" skipped).</summary>
    public string Intent { get; set; } = ConversationIntent.Unknown;
    public int CustomerMessages { get; set; }
    /// <summary>The bot's first message after the customer's first message; null when the bot never answered.</summary>
    public TimeSpan? BotFirstResponse { get; set; }
    /// <summary>Sum and count of waits from an unanswered customer message to the next bot or agent message.</summary>
    public TimeSpan ResponseTotal { get; set; }
    public int Responses { get; set; }
    public bool Complaint { get; set; }

    // Most conversations never reach a person, so the list exists only once there is a handoff (a smaller cache).
    private List<HandoffFacts>? _handoffs;

    /// <summary>Every handoff of the conversation, oldest first; empty when the bot handled it alone.</summary>
    public IReadOnlyList<HandoffFacts> Handoffs => _handoffs ?? [];

    internal void Add(HandoffFacts handoff) => (_handoffs ??= []).Add(handoff);

    public HandoffFacts? LastHandoff => _handoffs is { Count: > 0 } list ? list[^1] : null;
    public bool Escalated => _handoffs is { Count: > 0 };
}

/// <summary>One handoff: why, where it went, how long the customer waited and whether the promise held.</summary>
public sealed class HandoffFacts
{
    public required Guid Id { get; init; }
    public required string Rule { get; init; }
    public required string Team { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public string? Owner { get; init; }
    public DateTimeOffset? FirstClaimedAt { get; set; }
    public DateTimeOffset? FirstAgentReplyAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public bool SlaBreached { get; init; }
    public int Transfers { get; init; }
    public bool CsatAsked { get; init; }
    public int? CsatScore { get; init; }
    private List<HandlingSegment>? _segments;

    /// <summary>Who held the conversation when: a claim until the next transfer, resolve or release (or until now).</summary>
    public IReadOnlyList<HandlingSegment> Segments => _segments ?? [];

    internal void Add(HandlingSegment segment) => (_segments ??= []).Add(segment);

    public TimeSpan? QueueWait => FirstClaimedAt - RequestedAt;
    public TimeSpan? FirstResponse => FirstAgentReplyAt - RequestedAt;
    public TimeSpan? Handling => ResolvedAt - FirstClaimedAt;
}

public readonly record struct HandlingSegment(string Agent, DateTimeOffset From, DateTimeOffset To);

public static class ConversationIntent
{
    public const string Unknown = "unknown";
}
