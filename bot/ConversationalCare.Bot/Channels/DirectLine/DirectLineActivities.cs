using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>GET (polling) and POST of a conversation's activities.</summary>
public static class DirectLineActivities
{
    private const int MaxActivitiesPerRead = 500;

    public static async Task<IResult> Read(string conversationId, string? watermark, HttpRequest request,
        DirectLineAuthentication auth, ConversationStore conversations)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (!caller!.MayAccess(conversationId)) return DirectLineError.Forbidden("The token is for another conversation.");
        if (!Watermark.TryParse(watermark, out var after)) return DirectLineError.BadArgument("The watermark is not one this service issued.");
        var conversation = await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted);
        if (conversation is null) return DirectLineError.NotFound($"Conversation '{conversationId}' does not exist.");

        var stored = await conversations.ReadAfterAsync(conversationId, after, MaxActivitiesPerRead, request.HttpContext.RequestAborted);
        // DirectLineJS keeps a watermark only when it is truthy, so echo the caller's when there is nothing new.
        var next = stored.Count > 0 ? Watermark.Format(stored[^1].Sequence) : string.IsNullOrEmpty(watermark) ? null : watermark;
        return TypedResults.Ok(new ActivitySet(stored.Select(Deserialize).ToList(), next));
    }

    public static async Task<IResult> Post(string conversationId, HttpRequest request, DirectLineAuthentication auth,
        ConversationStore conversations, DirectLineAdapter adapter, IOptions<DirectLineOptions> options, ILogger<DirectLineAdapter> logger)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (!caller!.MayAccess(conversationId)) return DirectLineError.Forbidden("The token is for another conversation.");
        var (activity, bad) = await RequestBody.ReadJsonAsync<Activity>(request, options.Value.MaxActivityBytes);
        if (bad is not null) return bad;
        return await ReceiveAsync(conversationId, activity!, caller, conversations, adapter, logger, request.HttpContext.RequestAborted);
    }

    /// <summary>Shared by POST activities and upload: validate, make sure the conversation exists, run the turn.</summary>
    internal static async Task<IResult> ReceiveAsync(string conversationId, Activity activity, DirectLineCaller caller,
        ConversationStore conversations, DirectLineAdapter adapter, ILogger logger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return DirectLineError.MissingProperty("The activity needs a 'type'.");
        // The token's user wins over whatever the page claims, so one visitor cannot speak as another.
        if (caller.UserId is not null) activity.From = new ChannelAccount { Id = caller.UserId, Name = activity.From?.Name, Role = RoleTypes.User };
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return DirectLineError.MissingProperty("The activity needs 'from.id'.");

        var conversation = await conversations.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            // A valid token proves we issued this conversation id; a client may post before starting it.
            if (caller.HasSecret) return DirectLineError.NotFound($"Conversation '{conversationId}' does not exist.");
            (conversation, _) = await adapter.StartAsync(conversationId, activity.From, activity.Locale, cancellationToken);
        }
        try
        {
            var stored = await adapter.ReceiveAsync(conversation, activity);
            return TypedResults.Ok(new ResourceResponse(stored?.Id ?? $"{conversationId}|{activity.Type}"));
        }
        // A database refusing writes is answered 503 at the edge (AvailabilityMiddleware), not 500.
        catch (Exception error) when (!Availability.WriteRefusal.Is(error))
        {
            logger.LogError(error, "Could not accept an activity in conversation {ConversationId}", conversationId);
            return DirectLineError.ServiceError("The activity could not be stored; please retry.");
        }
    }

    internal static Activity Deserialize(StoredActivity stored) =>
        ActivityJson.Deserialize(stored.Json) ?? throw new InvalidDataException($"Stored activity {stored.ActivityId} is not JSON.");
}
