using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Context;

/// <summary>
/// Assembles the context package for a conversation's latest handoff: transcript with intent and emotion per
/// message, the emotion trajectory, what the bot offered and how it was rated, entities, profile, history, notes
/// and a summary. The console, the agent API and the handoff.initiate event all use this one shape.
/// </summary>
public sealed class HandoffContextBuilder(IDbContextFactory<CareDb> dbFactory, IArticleCatalog catalog, HandoffSummarizer summarizer,
    IOptions<HandoffOptions> options, IOptions<UnderstandingOptions> understanding, TimeProvider clock)
{
    private const int PreviousConversations = 5;

    /// <param name="mayAskModel">False inside a customer's turn: the customer must not wait for a summary.</param>
    public async Task<HandoffContext?> BuildAsync(string conversationId, CancellationToken cancellationToken, bool mayAskModel = true)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var handoff = await db.Handoffs.AsNoTracking().Where(h => h.ConversationId == conversationId)
            .OrderByDescending(h => h.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        if (handoff is null) return null;
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Customer)
            .SingleAsync(c => c.Id == conversationId, cancellationToken);
        var customer = conversation.Customer!;
        var stored = await db.Activities.AsNoTracking().Where(a => a.ConversationId == conversationId)
            .OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        var ratings = await db.AnswerRatings.AsNoTracking().Where(r => r.ConversationId == conversationId)
            .OrderBy(r => r.At).ToListAsync(cancellationToken);
        var notes = await db.AgentNotes.AsNoTracking().Where(n => n.ConversationId == conversationId)
            .OrderBy(n => n.At).Select(n => new AgentNote(n.Author, n.Text, n.At)).ToListAsync(cancellationToken);
        var previous = await PreviousAsync(db, customer.Id, conversationId, cancellationToken);

        var transcript = stored.Select(AgentDesk.ToLine).ToList();
        var offered = Offered(stored, ratings);
        // A model summary cached before the retention period ran would still quote the customer; anonymised ones get the extractive one.
        var summaryText = await summarizer.SummarizeAsync(conversationId, conversation.Locale, transcript, handoff.ReasonDetail, offered,
            mayAskModel && conversation.AnonymisedAt is null, cancellationToken);
        var customerTexts = stored.Where(a => a.Type == Activities.ActivityTypes.Message && a.FromRole is not (Activities.RoleTypes.Bot or AgentIdentity.Role)).Select(a => a.Text);
        var lastText = stored.LastOrDefault(a => a.Text is not null)?.Text;
        var summary = new ConversationSummary(conversation.Id, conversation.ExternalId is null ? "web chat" : conversation.ChannelId,
            customer.Name ?? customer.ChannelUserId, conversation.Locale, handoff.Status.ToString(), conversation.StartedAt,
            conversation.LastActivityAt, (int)conversation.LastSequence, lastText);
        return new HandoffContext(
            summary,
            ToInfo(handoff, clock.GetUtcNow(), options.Value),
            new CustomerProfile(customer.Name ?? customer.ChannelUserId, summary.Channel, conversation.Locale, customer.Tier, customer.FirstSeenAt),
            transcript,
            Trajectory(stored),
            offered,
            EntityFinder.Find(customerTexts),
            summaryText,
            previous,
            notes);
    }

    public static HandoffInfo ToInfo(HandoffCase h, DateTimeOffset now, HandoffOptions options) =>
        new(h.Id, h.Status.ToString(), h.Rule, h.ReasonDetail, h.Priority, h.Team, h.RequestedAt, h.Owner, h.OfferedTo,
            h.FirstResponseDueAt, SlaClock.WarningAt(h, options), h.FirstAgentReplyAt, SlaClock.StateOf(h, now, options), h.ClosedAt, h.Disposition, h.CsatScore, h.CsatComment);

    private IReadOnlyList<double> Trajectory(IEnumerable<StoredActivity> stored) =>
        EmotionTrajectory.From(
                stored.Where(a => a.Sentiment is not null)
                    .Select(a => new EmotionReading(a.Emotion ?? Emotions.Neutral, a.EmotionIntensity ?? 0, a.Sentiment!.Value, [])),
                understanding.Value.TrajectoryHalfLifeTurns)
            .Scores.Select(s => Math.Round(s, 3)).ToList();

    private List<OfferedArticle> Offered(IEnumerable<StoredActivity> stored, IReadOnlyList<AnswerRating> ratings) =>
        stored.Where(a => a.ArticleKey is not null && a.Outcome == nameof(Answers.AnswerKind.Answer))
            .GroupBy(a => a.ArticleKey!)
            .Select(g => new OfferedArticle(g.Key, catalog.Find(g.Key)?.Question ?? g.Key, g.First().Timestamp,
                ratings.LastOrDefault(r => r.ArticleKey == g.Key) is { } rating ? (rating.Helpful ? "helpful" : "notHelpful") : null))
            .ToList();

    private static async Task<List<PreviousConversation>> PreviousAsync(CareDb db, Guid customerId, string conversationId, CancellationToken cancellationToken)
    {
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.Id != conversationId)
            .OrderByDescending(c => c.StartedAt).Take(PreviousConversations)
            .Select(c => new
            {
                c.Id,
                c.StartedAt,
                TopIntent = db.Activities.Where(a => a.ConversationId == c.Id && a.Intent != null)
                    .GroupBy(a => a.Intent).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(),
                Outcome = db.Handoffs.Where(h => h.ConversationId == c.Id).OrderByDescending(h => h.RequestedAt)
                    .Select(h => h.Disposition ?? h.Status.ToString()).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return conversations.Select(c => new PreviousConversation(c.Id, c.StartedAt, c.TopIntent, c.Outcome ?? "bot only")).ToList();
    }
}
