using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Telemetry;

namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Every bot reply is stored first, then handed to the channel that carries it. Typing is never stored:
/// it is only useful live.
/// </summary>
public sealed class ReplySender(TranscriptWriter transcript, ConversationFeed feed, IEnumerable<IReplyChannel> channels,
    TimeProvider clock, CareMetrics metrics, ILogger<ReplySender> logger)
{
    private readonly IReplyChannel[] _channels = channels.ToArray();

    public Task<Activity> SendAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        Address(turn, reply);
        return StoreAndDeliverAsync(turn.Conversation, reply, cancellationToken);
    }

    /// <summary>
    /// Sends outside a customer's turn (an agent's message, a queue update, the CSAT question), addressed from the
    /// conversation's stored reference; stored first like every reply.
    /// </summary>
    public Task<Activity> SendProactiveAsync(Conversation conversation, string customerId, Activity message, CancellationToken cancellationToken)
    {
        var reference = conversation.ReferenceJson is { } json
            ? System.Text.Json.JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options)
            : null;
        message.From ??= reference?.Bot ?? new ChannelAccount { Id = BotIdentity.Id, Name = BotIdentity.Name };
        message.From.Role ??= RoleTypes.Bot;
        message.Recipient ??= reference?.User ?? new ChannelAccount { Id = customerId, Role = RoleTypes.User };
        message.Conversation ??= new ConversationAccount { Id = conversation.ExternalId ?? conversation.Id };
        message.ChannelId ??= conversation.ChannelId;
        message.Locale ??= conversation.Locale;
        return StoreAndDeliverAsync(conversation, message, cancellationToken);
    }

    /// <summary>Shows typing outside a turn (an agent writing); never stored.</summary>
    public Task SendProactiveTypingAsync(Conversation conversation, ChannelAccount from, CancellationToken cancellationToken)
    {
        var typing = new Activity
        {
            Type = ActivityTypes.Typing, Timestamp = clock.GetUtcNow(), From = from, ChannelId = conversation.ChannelId,
            Conversation = new ConversationAccount { Id = conversation.ExternalId ?? conversation.Id },
            Id = $"{conversation.Id}|typing-{Guid.NewGuid():N}",
        };
        feed.Publish(conversation.Id, typing, sequence: null);
        return DeliverTypingAsync(conversation, typing, cancellationToken);
    }

    private async Task<Activity> StoreAndDeliverAsync(Conversation conversation, Activity reply, CancellationToken cancellationToken)
    {
        var stored = await transcript.AppendAsync(conversation.Id, reply, cancellationToken);
        await ChannelFor(conversation).DeliverAsync(conversation, stored, cancellationToken);
        if (stored.IsType(ActivityTypes.Message)) metrics.Message(conversation.ChannelId, "out");
        return stored;
    }

    public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var typing = new Activity { Type = ActivityTypes.Typing, Timestamp = clock.GetUtcNow() };
        Address(turn, typing);
        // Unique, because clients de-duplicate by id and would otherwise show typing only once per conversation.
        typing.Id = $"{turn.Conversation.Id}|typing-{Guid.NewGuid():N}";
        feed.Publish(turn.Conversation.Id, typing, sequence: null);
        // Typing is a courtesy: a channel that is slow to take it must not hold back the answer itself.
        _ = DeliverTypingAsync(turn.Conversation, typing, cancellationToken);
        return Task.CompletedTask;
    }

    private async Task DeliverTypingAsync(Conversation conversation, Activity typing, CancellationToken cancellationToken)
    {
        try { await ChannelFor(conversation).DeliverAsync(conversation, typing, cancellationToken); }
        catch (Exception error) { logger.LogWarning(error, "Could not show typing in conversation {ConversationId}", conversation.Id); }
    }

    private static void Address(TurnContext turn, Activity reply)
    {
        var incoming = turn.Activity;
        reply.From ??= incoming.Recipient ?? new ChannelAccount { Id = BotIdentity.Id, Name = BotIdentity.Name };
        reply.From.Role ??= RoleTypes.Bot;
        reply.Recipient ??= incoming.From;
        reply.Conversation ??= incoming.Conversation;
        reply.ChannelId ??= incoming.ChannelId;
        // Bot Connector replies thread to the channel's own id; Direct Line ones to the id we stored the message under.
        reply.ReplyToId ??= incoming.Id ?? turn.Recorded?.Id;
        reply.Locale ??= turn.Locale;
    }

    private IReplyChannel ChannelFor(Conversation conversation) =>
        _channels.FirstOrDefault(c => c.Carries(conversation))
        ?? throw new InvalidOperationException($"No channel carries conversation {conversation.Id} ({conversation.ChannelId}).");
}

/// <summary>How replies leave for one kind of channel (Direct Line streams them; Bot Connector POSTs them).</summary>
public interface IReplyChannel
{
    bool Carries(Conversation conversation);
    Task DeliverAsync(Conversation conversation, Activity activity, CancellationToken cancellationToken);
}

public static class BotIdentity
{
    public const string Id = "conversationalcare-bot";
    public const string Name = "Lumen & Co Assistant";
}
