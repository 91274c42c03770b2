using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// Translates Direct Line calls into turns, doing what the Direct Line service does to an activity on its way
/// to a bot (PROTOCOLS C.6). No business rule lives here.
/// </summary>
public sealed class DirectLineAdapter(ConversationStore conversations, TurnRunner runner, ReplySender sender)
{
    public const string ChannelId = "directline";
    private static readonly ChannelAccount Bot = new() { Id = BotIdentity.Id, Name = BotIdentity.Name, Role = RoleTypes.Bot };

    /// <summary>Starts the conversation if it is new (the bot then greets) and returns it.</summary>
    public async Task<(Conversation Conversation, bool Created)> StartAsync(
        string conversationId, ChannelAccount user, string? locale, CancellationToken cancellationToken)
    {
        var (conversation, created) = await conversations.StartAsync(
            new ConversationStart(conversationId, ChannelId, user.Id!, user.Name, locale), cancellationToken);
        if (created)
        {
            // Direct Line never shows conversationUpdate to the client; the service synthesises it for the bot.
            var joined = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                MembersAdded = [Bot, new ChannelAccount { Id = user.Id, Name = user.Name }],
                Locale = locale,
            };
            await runner.AcceptAsync(new TurnContext(Normalize(joined, conversation, user), conversation, sender));
        }
        return (conversation, created);
    }

    /// <summary>Runs a posted activity as a turn; returns it as stored (with its id) once it is durable.</summary>
    public Task<Activity?> ReceiveAsync(Conversation conversation, Activity posted) =>
        runner.AcceptAsync(new TurnContext(Normalize(posted, conversation, posted.From!), conversation, sender));

    private static Activity Normalize(Activity activity, Conversation conversation, ChannelAccount from)
    {
        activity.Id = null;
        activity.Timestamp = null;
        activity.ServiceUrl = null;
        activity.CallerId = null;
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot;
        activity.From = from;
        activity.From.Role ??= RoleTypes.User;
        return activity;
    }
}

/// <summary>Direct Line replies need no extra delivery: storing them already streams them to the client.</summary>
public sealed class DirectLineReplyChannel : IReplyChannel
{
    // Our own Direct Line conversations have no external id; a conversation relayed by Azure's Direct Line arrives over Bot Connector.
    public bool Carries(Conversation conversation) => conversation.ExternalId is null;
    public Task DeliverAsync(Conversation conversation, Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
