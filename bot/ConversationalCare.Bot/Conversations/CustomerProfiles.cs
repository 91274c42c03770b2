using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Changes to what the service knows about a customer, such as their tier.</summary>
public sealed class CustomerProfiles(IDbContextFactory<CareDb> dbFactory)
{
    /// <summary>Sets the tier of the customer in a conversation; false when the conversation does not exist.</summary>
    public async Task<bool> SetTierAsync(string conversationId, string tier, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Customer).SingleOrDefaultAsync(cancellationToken);
        if (customer is null) return false;
        if (customer.SetTier(tier)) await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
