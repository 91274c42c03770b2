using System.Text.Json;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Everything stored about one customer, as one JSON document for a subject access request: the profile, and per
/// conversation the transcript (each activity as stored), uploaded files (base64), handoffs with their trail, CSAT,
/// answer ratings, agents' notes, call-back tasks, quality reviews and wordings learned from it. In full: the
/// customer is entitled to their own data, so nothing is masked here; the audit entry carries only the id.
/// </summary>
public sealed class CustomerExport(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock)
{
    public const string AuditAction = "customer.exported";

    public static string FileName(Guid customerId) => $"customer-{customerId}.json";

    public async Task<CustomerExportDocument?> ExportAsync(Guid customerId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null) return null;
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.CustomerId == customerId)
            .ToListAsync(cancellationToken);
        var exported = new List<ExportedConversation>();
        foreach (var conversation in conversations.OrderBy(c => c.StartedAt))
            exported.Add(await ConversationAsync(db, conversation, cancellationToken));
        var document = new CustomerExportDocument(clock.GetUtcNow(),
            new ExportedCustomer(customer.Id, customer.ChannelId, customer.ChannelUserId, customer.Name, customer.Locale, customer.Tier,
                customer.FirstSeenAt, customer.LastSeenAt),
            exported);
        audit.Record(db, actor, AuditAction, customerId.ToString(), null, new { conversations = exported.Count });
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    private static async Task<ExportedConversation> ConversationAsync(CareDb db, Conversation c, CancellationToken cancellationToken)
    {
        var id = c.Id;
        var activities = await db.Activities.AsNoTracking().Where(a => a.ConversationId == id).OrderBy(a => a.Sequence)
            .ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ConversationId == id).ToListAsync(cancellationToken);
        var handoffs = await db.Handoffs.AsNoTracking().Where(h => h.ConversationId == id).ToListAsync(cancellationToken);
        var events = (await db.HandoffEvents.AsNoTracking().Where(e => e.ConversationId == id).ToListAsync(cancellationToken))
            .OrderBy(e => e.Id).ToLookup(e => e.HandoffId);
        var notes = await db.AgentNotes.AsNoTracking().Where(n => n.ConversationId == id).OrderBy(n => n.Id)
            .Select(n => new ExportedNote(n.Author, n.Text, n.At)).ToListAsync(cancellationToken);
        var ratings = await db.AnswerRatings.AsNoTracking().Where(r => r.ConversationId == id).OrderBy(r => r.Id)
            .Select(r => new ExportedRating(r.ArticleKey, r.Helpful, r.At)).ToListAsync(cancellationToken);
        var followUps = await db.FollowUpTasks.AsNoTracking().Where(t => t.ConversationId == id)
            .Select(t => new ExportedFollowUp(t.CsatScore, t.Status.ToString(), t.AssignedTo, t.Outcome, t.CreatedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        var reviews = await db.QualityReviews.AsNoTracking().Where(r => r.ConversationId == id)
            .Select(r => new ExportedReview(r.Agent, r.Status.ToString(), r.SubmittedAt, r.Comment)).ToListAsync(cancellationToken);
        var wordings = await db.PhrasingSuggestions.AsNoTracking().Where(s => s.ConversationId == id)
            .Select(s => new ExportedWording(s.Wording, s.ArticleKey, s.Status.ToString(), s.At)).ToListAsync(cancellationToken);
        return new ExportedConversation(c.Id, c.ChannelId, c.ExternalId, c.Locale, c.Status.ToString(), c.StartedAt, c.LastActivityAt, c.AnonymisedAt,
            [.. activities.Select(a => new ExportedActivity(a.Sequence, a.Timestamp, a.Type, a.FromRole, a.Text, a.Intent, a.Emotion, a.Sentiment,
                a.Outcome, Parse(a.Json)))],
            [.. attachments.OrderBy(a => a.UploadedAt).Select(a => new ExportedAttachment(a.Id, a.FileName, a.ContentType, a.UploadedAt,
                a.Content.Length, Convert.ToBase64String(a.Content)))],
            [.. handoffs.OrderBy(h => h.RequestedAt).Select(h => new ExportedHandoff(h.Id, h.Status.ToString(), h.Rule, h.ReasonDetail, h.Team,
                h.RequestedAt, h.Owner, h.FirstAgentReplyAt, h.ClosedAt, h.Disposition, h.CsatScore, h.CsatComment,
                [.. events[h.Id].Select(e => new ExportedHandoffEvent(e.Kind, e.Actor, e.Detail, e.At))]))],
            notes, ratings, followUps, reviews, wordings);
    }

    private static JsonElement? Parse(string json)
    {
        try { return JsonSerializer.Deserialize<JsonElement>(json); }
        catch (JsonException) { return null; }
    }
}

public sealed record CustomerExportDocument(DateTimeOffset ExportedAt, ExportedCustomer Customer, IReadOnlyList<ExportedConversation> Conversations);

public sealed record ExportedCustomer(Guid Id, string ChannelId, string ChannelUserId, string? Name, string? Locale, string Tier,
    DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

public sealed record ExportedConversation(string Id, string ChannelId, string? ExternalId, string Locale, string Status,
    DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, DateTimeOffset? AnonymisedAt,
    IReadOnlyList<ExportedActivity> Activities, IReadOnlyList<ExportedAttachment> Attachments, IReadOnlyList<ExportedHandoff> Handoffs,
    IReadOnlyList<ExportedNote> Notes, IReadOnlyList<ExportedRating> Ratings, IReadOnlyList<ExportedFollowUp> FollowUps,
    IReadOnlyList<ExportedReview> QualityReviews, IReadOnlyList<ExportedWording> LearnedWordings);

public sealed record ExportedActivity(long Sequence, DateTimeOffset Timestamp, string Type, string? FromRole, string? Text, string? Intent,
    string? Emotion, double? Sentiment, string? Outcome, JsonElement? Activity);

public sealed record ExportedAttachment(Guid Id, string FileName, string ContentType, DateTimeOffset UploadedAt, int Bytes, string ContentBase64);

public sealed record ExportedHandoff(Guid Id, string Status, string Rule, string Reason, string Team, DateTimeOffset RequestedAt, string? Owner,
    DateTimeOffset? FirstAgentReplyAt, DateTimeOffset? ClosedAt, string? Disposition, int? CsatScore, string? CsatComment,
    IReadOnlyList<ExportedHandoffEvent> Events);

public sealed record ExportedHandoffEvent(string Kind, string? Actor, string? Detail, DateTimeOffset At);
public sealed record ExportedNote(string Author, string Text, DateTimeOffset At);
public sealed record ExportedRating(string ArticleKey, bool Helpful, DateTimeOffset At);
public sealed record ExportedFollowUp(int CsatScore, string Status, string? AssignedTo, string? Outcome, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
public sealed record ExportedReview(string Agent, string Status, DateTimeOffset? SubmittedAt, string? Comment);
public sealed record ExportedWording(string Wording, string ArticleKey, string Status, DateTimeOffset At);
