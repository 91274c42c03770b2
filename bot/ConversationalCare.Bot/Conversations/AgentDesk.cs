using System.Runtime.CompilerServices;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>The bot's side of the console's port: read-only views of conversations until handoff lands.</summary>
public sealed class AgentDesk(IDbContextFactory<CareDb> dbFactory, ConversationFeed feed) : IAgentDesk
{
    private const int PreviewLength = 120;

    public async Task<IReadOnlyList<ConversationSummary>> ListConversationsAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Conversations.AsNoTracking()
            .OrderByDescending(c => c.LastActivityAt).Take(take)
            .Select(c => new
            {
                Conversation = c,
                CustomerName = c.Customer!.Name ?? c.Customer.ChannelUserId,
                LastText = db.Activities.Where(a => a.ConversationId == c.Id && a.Text != null)
                    .OrderByDescending(a => a.Sequence).Select(a => a.Text).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Summarize(r.Conversation, r.CustomerName, r.LastText)).ToList();
    }

    public async Task<ConversationTranscript?> GetTranscriptAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { Conversation = c, CustomerName = c.Customer!.Name ?? c.Customer.ChannelUserId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var stored = await db.Activities.AsNoTracking().Where(a => a.ConversationId == conversationId)
            .OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        var lines = stored.Select(ToLine).ToList();
        var lastText = stored.LastOrDefault(a => a.Text is not null)?.Text;
        return new ConversationTranscript(Summarize(row.Conversation, row.CustomerName, lastText), lines);
    }

    public async IAsyncEnumerable<string> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = feed.SubscribeAll();
        await foreach (var item in subscription.Reader.ReadAllAsync(cancellationToken))
            if (item.Sequence is not null || item.Activity.Name == FeedChanges.Handoff) yield return item.ConversationId;
    }

    private static ConversationSummary Summarize(Conversation c, string customerName, string? lastText) =>
        new(c.Id, c.ExternalId is null ? "web chat" : c.ChannelId, customerName, c.Locale, c.Status.ToString(),
            c.StartedAt, c.LastActivityAt, (int)c.LastSequence, Preview(lastText));

    private static string? Preview(string? text) =>
        text is null ? null : text.Length <= PreviewLength ? text : text[..PreviewLength] + "…";

    internal static TranscriptLine ToLine(StoredActivity stored)
    {
        var activity = ActivityJson.Deserialize(stored.Json);
        var role = stored.FromRole switch { RoleTypes.Bot => "bot", AgentIdentity.Role => "agent", _ => "customer" };
        var author = role == "agent" ? activity?.From?.Name : null;
        var actions = activity?.SuggestedActions?.Actions.Select(a => a.Title ?? "").Where(t => t.Length > 0).ToList() ?? [];
        var understood = stored.Intent is not null && stored.Emotion is not null
            ? new LineUnderstanding(stored.Intent, stored.IntentConfidence ?? 0, stored.Emotion, stored.EmotionIntensity ?? 0, stored.Sentiment ?? 0)
            : null;
        return new TranscriptLine(stored.Sequence, stored.Timestamp, role, stored.Type, stored.Text, actions, understood, author);
    }
}
