using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Channels.DirectLine;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>POST /api/messages: the Bot Framework channel protocol (Teams, the Emulator, Azure Bot Service channels).</summary>
public static class BotConnectorEndpoints
{
    public static IEndpointRouteBuilder MapBotConnector(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", Receive).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Receive(HttpContext context, ChannelAuthenticator authenticator,
        ConversationStore conversations, TurnRunner runner, ReplySender sender, IOptions<BotConnectorOptions> options,
        ILogger<ConnectorClient> logger)
    {
        var (activity, bad) = await RequestBody.ReadJsonAsync<Activity>(context.Request, options.Value.MaxActivityBytes);
        if (bad is not null) return bad;
        if (Missing(activity!) is { } missing) return DirectLineError.MissingProperty($"The activity needs '{missing}'.");
        if (await authenticator.RefuseAsync(context, activity!) is { } reason) return DirectLineError.Unauthorized(reason);

        activity!.CallerId = null;
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        var (conversation, created) = await conversations.StartAsync(new ConversationStart(
            ConversationId: DirectLineEndpoints.NewConversationId(),
            ChannelId: activity.ChannelId!,
            UserId: activity.From!.Id!,
            UserName: activity.From.Name,
            Locale: activity.Locale,
            ExternalId: activity.Conversation!.Id,
            Reference: reference), context.RequestAborted);
        if (!created) conversation = await RememberReferenceAsync(conversations, conversation, reference, context.RequestAborted);
        try
        {
            await runner.AcceptAsync(new TurnContext(activity, conversation, sender));
            return TypedResults.Ok();
        }
        // A database refusing writes is answered 503 at the edge (AvailabilityMiddleware), not 500.
        catch (Exception error) when (!Availability.WriteRefusal.Is(error))
        {
            logger.LogError(error, "Could not accept a channel activity in conversation {ConversationId}", conversation.Id);
            return DirectLineError.ServiceError("The activity could not be stored; please retry.");
        }
    }

    /// <summary>Channels may move a conversation to another serviceUrl; replies must follow it.</summary>
    private static async Task<Conversation> RememberReferenceAsync(ConversationStore conversations, Conversation conversation,
        ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(reference, ActivityJson.Options);
        if (conversation.ReferenceJson == json) return conversation;
        await conversations.UpdateAsync(conversation.Id, c => c.SetReference(json), cancellationToken);
        return await conversations.FindAsync(conversation.Id, cancellationToken) ?? conversation;
    }

    private static string? Missing(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Type) ? "type"
        : string.IsNullOrWhiteSpace(activity.ChannelId) ? "channelId"
        : string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id"
        : string.IsNullOrWhiteSpace(activity.ServiceUrl) ? "serviceUrl"
        : string.IsNullOrWhiteSpace(activity.From?.Id) ? "from.id"
        : null;
}
