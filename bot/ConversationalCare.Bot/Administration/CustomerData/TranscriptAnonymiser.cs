using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Learning;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Removes the customer's words and names from conversations whose last activity is older than the retention period,
/// keeping every column the KPIs read (times, roles, intents, emotions, outcomes, handoff times, CSAT scores).
/// Each conversation is claimed by a conditional update on <see cref="Conversation.AnonymisedAt"/> inside its own
/// transaction, so two hosts sweeping at once never both rewrite it, and a run that stops half way loses nothing.
/// A conversation that came back to life after being anonymised (a channel that reuses its conversation) is swept again.
/// </summary>
public sealed class TranscriptAnonymiser(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock,
    ILogger<TranscriptAnonymiser> logger)
{
    private const int BatchSize = 100;
    public const string AuditAction = "customer-data.anonymised";

    public async Task<AnonymisationCounts> RunAsync(int days, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromDays(days);
        var total = await ForgetOldDetailsAsync(cutoff, cancellationToken);
        while (true)
        {
            var batch = await DueAsync(cutoff, cancellationToken);
            var counts = AnonymisationCounts.None;
            foreach (var id in batch) counts = counts.Add(await AnonymiseAsync(id, cutoff, days, now, cancellationToken));
            total = total.Add(counts);
            // A batch where every conversation went to another host would come back forever; stop instead.
            if (batch.Count < BatchSize || counts.Conversations == 0) break;
        }
        if (total == AnonymisationCounts.None) return total;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            audit.Record(db, actor, AuditAction, $"retention:{days}d", null, total);
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Retention of {Days} days anonymised {Conversations} conversations ({Activities} activities, {Attachments} attachments)",
            days, total.Conversations, total.Activities, total.Attachments);
        return total;
    }

    private async Task<List<string>> DueAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.AsNoTracking().Where(Due(cutoff)).OrderBy(c => c.LastActivityAt)
            .Select(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    private static System.Linq.Expressions.Expression<Func<Conversation, bool>> Due(DateTimeOffset cutoff) =>
        c => c.LastActivityAt < cutoff && (c.AnonymisedAt == null || c.AnonymisedAt < c.LastActivityAt);

    private async Task<AnonymisationCounts> AnonymiseAsync(string id, DateTimeOffset cutoff, int days, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The claim: of two hosts, the second finds the row already anonymised (PostgreSQL re-checks after the lock).
        var claimed = await db.Conversations.Where(c => c.Id == id).Where(Due(cutoff))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AnonymisedAt, now), cancellationToken) == 1;
        if (!claimed) return AnonymisationCounts.None;
        var conversation = await db.Conversations.SingleAsync(c => c.Id == id, cancellationToken);
        if (ActivityRedaction.RedactReference(conversation.ReferenceJson) is { } reference) conversation.SetReference(reference);

        var activities = 0;
        foreach (var activity in await db.Activities.Where(a => a.ConversationId == id).ToListAsync(cancellationToken))
            if (activity.Anonymise(activity.Text is null ? null : ActivityRedaction.TextMarker(days), ActivityRedaction.Redact(activity.Json, days)))
                activities++;
        var marker = ActivityRedaction.TextMarker(days);
        var attachments = await db.Attachments.Where(a => a.ConversationId == id).ExecuteDeleteAsync(cancellationToken);
        var notes = await db.AgentNotes.Where(n => n.ConversationId == id && n.Text != marker)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Text, marker), cancellationToken);
        await ForgetQuotesAsync(db, id, marker, cancellationToken);
        var names = await db.Customers.Where(c => c.Id == conversation.CustomerId && c.Name != null && c.LastSeenAt < cutoff)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Name, (string?)null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AnonymisationCounts(1, activities, attachments, notes, names, 0);
    }

    /// <summary>Free text about the conversation that may quote the customer: CSAT comments, call-back outcomes, review comments, learned wordings.</summary>
    private static async Task ForgetQuotesAsync(CareDb db, string id, string marker, CancellationToken cancellationToken)
    {
        await db.Handoffs.Where(h => h.ConversationId == id && h.CsatComment != null && h.CsatComment != "" && h.CsatComment != marker)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.CsatComment, marker).SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        await db.FollowUpTasks.Where(t => t.ConversationId == id && t.Outcome != null && t.Outcome != marker)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Outcome, marker).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        await db.QualityReviews.Where(r => r.ConversationId == id && (r.Comment != null || r.GreetingComment != null || r.AccuracyComment != null
                || r.EmpathyComment != null || r.ResolutionComment != null || r.ClosingComment != null || r.PrivacyComment != null))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Comment, r => r.Comment == null ? null : marker)
                .SetProperty(r => r.GreetingComment, r => r.GreetingComment == null ? null : marker)
                .SetProperty(r => r.AccuracyComment, r => r.AccuracyComment == null ? null : marker)
                .SetProperty(r => r.EmpathyComment, r => r.EmpathyComment == null ? null : marker)
                .SetProperty(r => r.ResolutionComment, r => r.ResolutionComment == null ? null : marker)
                .SetProperty(r => r.ClosingComment, r => r.ClosingComment == null ? null : marker)
                .SetProperty(r => r.PrivacyComment, r => r.PrivacyComment == null ? null : marker)
                .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        // An undecided wording would show the marker to content owners; a decided one keeps its decision.
        await db.PhrasingSuggestions.Where(s => s.ConversationId == id && s.Status == SuggestionStatus.Pending).ExecuteDeleteAsync(cancellationToken);
        await db.PhrasingSuggestions.Where(s => s.ConversationId == id && s.Wording != marker)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Wording, marker), cancellationToken);
    }

    /// <summary>Details kept apart from conversations: intent incidents' sample messages once the incident is older than the period.</summary>
    private async Task<AnonymisationCounts> ForgetOldDetailsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var samples = await db.IntentIncidents.Where(i => i.UpdatedAt < cutoff && i.SamplesJson != "[]")
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.SamplesJson, "[]"), cancellationToken);
        return AnonymisationCounts.None with { IncidentSamples = samples };
    }
}
