namespace ConversationalCare.HandoffConsole;

/// <summary>
/// The port the console needs from the bot. The console renders and commands; the bot decides.
/// Handoff work (claim, reply, transfer, resolve, hand back) goes through <see cref="IHandoffDesk"/>.
/// </summary>
public interface IAgentDesk
{
    /// <summary>Most recently active conversations first.</summary>
    Task<IReadOnlyList<ConversationSummary>> ListConversationsAsync(int take, CancellationToken cancellationToken);

    Task<ConversationTranscript?> GetTranscriptAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Yields the id of each conversation as something new happens in it, until cancelled.</summary>
    IAsyncEnumerable<string> WatchAsync(CancellationToken cancellationToken);
}

public sealed record ConversationSummary(
    string Id,
    string Channel,
    string CustomerName,
    string Locale,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    int MessageCount,
    string? LastMessagePreview);

/// <summary>
/// Role is "customer", "bot" or "agent" (Author then names the agent). Customer messages carry what the bot
/// understood of them.
/// </summary>
public sealed record TranscriptLine(
    long Sequence,
    DateTimeOffset Timestamp,
    string Role,
    string Type,
    string? Text,
    IReadOnlyList<string> SuggestedActions,
    LineUnderstanding? Understanding = null,
    string? Author = null);

/// <summary>Intent with its confidence, emotion with its intensity (0..1) and sentiment (-1..1).</summary>
public sealed record LineUnderstanding(string Intent, double IntentConfidence, string Emotion, double EmotionIntensity, double Sentiment);

public sealed record ConversationTranscript(ConversationSummary Conversation, IReadOnlyList<TranscriptLine> Lines);
