using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>Writes to a customer outside their own turn (agents, queue updates, surveys), through their own channel.</summary>
public sealed class CustomerMessenger(IDbContextFactory<CareDb> dbFactory, ReplySender sender)
{
    public async Task<Activity?> SendAsync(string conversationId, Activity message, CancellationToken cancellationToken)
    {
        if (await FindAsync(conversationId, cancellationToken) is not var (conversation, customerId)) return null;
        return await sender.SendProactiveAsync(conversation, customerId, message, cancellationToken);
    }

    public Task<Activity?> SayAsync(string conversationId, string text, CancellationToken cancellationToken, params CardAction[] actions) =>
        SendAsync(conversationId, Message(text, actions), cancellationToken);

    public async Task TypingAsync(string conversationId, ChannelAccount from, CancellationToken cancellationToken)
    {
        if (await FindAsync(conversationId, cancellationToken) is var (conversation, _))
            await sender.SendProactiveTypingAsync(conversation, from, cancellationToken);
    }

    public static Activity Message(string text, params CardAction[] actions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = actions.Length > 0 ? new SuggestedActions { Actions = [.. actions] } : null,
    };

    private async Task<(Conversation, string)?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { Conversation = c, c.Customer!.ChannelUserId }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Conversation, row.ChannelUserId);
    }
}
