using ConversationalCare.Bot.Activities;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Starts and looks up conversations and reads transcripts; appends go through <see cref="TranscriptWriter"/>.</summary>
public sealed class ConversationStore(IDbContextFactory<CareDb> dbFactory, TimeProvider clock)
{
    /// <summary>Finds or creates the conversation and its customer. Returns whether it was created now.</summary>
    public async Task<(Conversation Conversation, bool Created)> StartAsync(ConversationStart start, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await FindAsync(db, start, cancellationToken);
        if (existing is not null) return (existing, false);

        var now = clock.GetUtcNow();
        var customer = await db.Customers.SingleOrDefaultAsync(
            c => c.ChannelId == start.ChannelId && c.ChannelUserId == start.UserId, cancellationToken);
        if (customer is null) db.Customers.Add(customer = new Customer(start.ChannelId, start.UserId, start.UserName, now));
        customer.Seen(start.UserName, start.Locale, now);

        var conversation = new Conversation(start.ConversationId, start.ChannelId, start.ExternalId, customer.Id,
            Locales.Normalize(start.Locale), now);
        if (start.Reference is not null)
            conversation.SetReference(System.Text.Json.JsonSerializer.Serialize(start.Reference, ActivityJson.Options));
        db.Conversations.Add(conversation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (conversation, true);
        }
        catch (DbUpdateException)
        {
            // Two first messages raced to create the same conversation (or customer); the other one won.
            await using var retry = await dbFactory.CreateDbContextAsync(cancellationToken);
            var winner = await FindAsync(retry, start, cancellationToken);
            if (winner is not null) return (winner, false);
            throw;
        }
    }

    private static Task<Conversation?> FindAsync(CareDb db, ConversationStart start, CancellationToken cancellationToken) =>
        start.ExternalId is null
            ? db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == start.ConversationId, cancellationToken)
            : db.Conversations.AsNoTracking().SingleOrDefaultAsync(
                c => c.ChannelId == start.ChannelId && c.ExternalId == start.ExternalId, cancellationToken);

    public async Task<Conversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ById(db, conversationId, cancellationToken);
    }

    // Compiled once: every posted activity looks its conversation up. The customer comes along (a join, not a
    // second round trip) because the turn reads the customer's tier.
    private static readonly Func<CareDb, string, CancellationToken, Task<Conversation?>> ById = EF.CompileAsyncQuery(
        (CareDb db, string conversationId, CancellationToken _) =>
            db.Conversations.AsNoTracking().Include(c => c.Customer).SingleOrDefault(c => c.Id == conversationId));

    /// <summary>Activities after the watermark, oldest first (what Direct Line calls an ActivitySet).</summary>
    public async Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Applies a change to the stored conversation; returns false when it does not exist.</summary>
    public async Task<bool> UpdateAsync(string conversationId, Func<Conversation, bool> change, CancellationToken cancellationToken)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null) return false;
            if (!change(conversation)) return true;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                // A transcript append bumped the watermark meanwhile; apply the change to the fresh row.
            }
        }
    }
}

public sealed record ConversationStart(
    string ConversationId,
    string ChannelId,
    string UserId,
    string? UserName,
    string? Locale,
    string? ExternalId = null,
    ConversationReference? Reference = null);
