using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>Replies to Bot Connector conversations are POSTed back to the serviceUrl the channel gave us.</summary>
public sealed class BotConnectorReplyChannel(ConnectorClient connector, ILogger<BotConnectorReplyChannel> logger) : IReplyChannel
{
    public bool Carries(Conversation conversation) => conversation.ExternalId is not null;

    public async Task DeliverAsync(Conversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        var reference = conversation.ReferenceJson is { } json
            ? System.Text.Json.JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options)
            : null;
        if (reference?.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            logger.LogError("Conversation {ConversationId} has no serviceUrl to reply to", conversation.Id);
            return;
        }
        // The channel assigns id and timestamp itself (PROTOCOLS B).
        var outgoing = activity.Clone();
        outgoing.Id = null;
        outgoing.Timestamp = null;
        outgoing.ServiceUrl = null;
        try
        {
            await connector.SendAsync(serviceUrl, conversation.ExternalId!, outgoing, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            // The reply is stored; the channel simply did not take it after retries.
            logger.LogError(error, "Channel at {ServiceUrl} refused a reply in conversation {ConversationId}", serviceUrl, conversation.Id);
        }
    }
}
