using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Deletes a customer and every row about them in one transaction: all or nothing. The KPI facts cache on every host
/// drops the customer's conversations when it next refreshes, by reading the <see cref="AuditAction"/> entries this
/// writes (the database is the truth; no host keeps figures for someone who was erased).
/// </summary>
public sealed class CustomerErasure(IDbContextFactory<CareDb> dbFactory, AuditLog audit)
{
    public const string AuditAction = "customer.erased";

    /// <summary>Null when there is no such customer.</summary>
    public async Task<ErasureCounts?> EraseAsync(Guid customerId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken)) return null;
        var ids = await db.Conversations.Where(c => c.CustomerId == customerId).Select(c => c.Id).ToListAsync(cancellationToken);
        // Children first, so the foreign keys hold at every step on either provider.
        var counts = new ErasureCounts(
            LearnedWordings: await db.PhrasingSuggestions.Where(s => ids.Contains(s.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            FollowUps: await db.FollowUpTasks.Where(t => ids.Contains(t.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            SlaAlerts: await db.SlaAlerts.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            QualityReviews: await db.QualityReviews.Where(r => ids.Contains(r.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            Ratings: await db.AnswerRatings.Where(r => ids.Contains(r.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            Notes: await db.AgentNotes.Where(n => ids.Contains(n.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            HandoffEvents: await db.HandoffEvents.Where(e => ids.Contains(e.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            Handoffs: await db.Handoffs.Where(h => ids.Contains(h.ConversationId) || h.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken),
            Attachments: await db.Attachments.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            Activities: await db.Activities.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken),
            Conversations: await db.Conversations.Where(c => c.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken));
        await db.Customers.Where(c => c.Id == customerId).ExecuteDeleteAsync(cancellationToken);
        audit.Record(db, actor, AuditAction, customerId.ToString(), null, counts);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
