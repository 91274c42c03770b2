using ConversationalCare.HandoffConsole.Curation;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

public sealed partial class KnowledgeFeedback
{
    private const int SuggestionsShown = 200;

    public async Task<IReadOnlyList<SuggestedPhrasing>> PendingSuggestionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PhrasingSuggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Pending)
            .OrderByDescending(s => s.At).ThenByDescending(s => s.Id).Take(SuggestionsShown)
            .Select(s => new SuggestedPhrasing(s.Id, s.ArticleKey, s.Wording, s.Locale, s.ConversationId, s.Agent, s.At))
            .ToListAsync(cancellationToken);
    }

    public async Task<FeedbackResult> ApproveSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await PendingAsync(suggestionId, cancellationToken) is not { } suggestion)
            return FeedbackResult.Failed("This suggestion was already decided, or no longer exists.");
        var added = await alternates.AddAsync(suggestion.ArticleKey, suggestion.Wording, actor, cancellationToken);
        if (!added.Succeeded) return added;
        return await DecideAsync(suggestionId, approve: true, actor, cancellationToken)
            ? added
            : FeedbackResult.Failed("Someone else decided this suggestion meanwhile.");
    }

    public async Task<FeedbackResult> RejectSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return await DecideAsync(suggestionId, approve: false, actor, cancellationToken)
            ? new(true, "Rejected the suggestion; the article is unchanged.")
            : FeedbackResult.Failed("This suggestion was already decided, or no longer exists.");
    }

    private async Task<PhrasingSuggestion?> PendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PhrasingSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.Status == SuggestionStatus.Pending, cancellationToken);
    }

    /// <summary>A conditional update, so two owners deciding at once cannot both win.</summary>
    private async Task<bool> DecideAsync(long id, bool approve, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var status = approve ? SuggestionStatus.Approved : SuggestionStatus.Rejected;
        return await db.PhrasingSuggestions.Where(s => s.Id == id && s.Status == SuggestionStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, status)
                .SetProperty(s => s.DecidedBy, actor)
                .SetProperty(s => s.DecidedAt, now), cancellationToken) == 1;
    }
}
