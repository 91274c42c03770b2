using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Follows the handoff audit trail and turns each resolution where an agent answered with an article into a suggested
/// phrasing, on one host at a time (see <see cref="HandoffTrailFollower"/>: two hosts at once could each store a
/// suggestion with the same wording from two different events). It remembers the last event it finished in the
/// database, so a restart or a take-over carries on where it left off, and the suggestion's unique event id makes a
/// repeated read harmless.
/// </summary>
public sealed class ResolutionLearner(IDbContextFactory<CareDb> dbFactory, ResolutionReader reader, TimeProvider clock,
    ILogger<ResolutionLearner> logger) : HandoffTrailFollower(dbFactory, clock, logger)
{
    public const string CursorName = "resolved-handoffs";
    private static readonly string[] Resolved = [HandoffEventKinds.Resolved];

    protected override string Cursor => CursorName;
    protected override IReadOnlyList<string> Kinds => Resolved;
    protected override string Work => "Learning from resolved handoffs";

    protected override async Task HandleAsync(CareDb db, HandoffEvent resolution, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(db, resolution, cancellationToken) is { } suggestion)
            await SuggestAsync(suggestion, cancellationToken);
    }

    private async Task SuggestAsync(PhrasingSuggestion suggestion, CancellationToken cancellationToken)
    {
        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        if (await db.PhrasingSuggestions.AnyAsync(s => s.HandoffEventId == suggestion.HandoffEventId
                || (s.Status == SuggestionStatus.Pending && s.ArticleKey == suggestion.ArticleKey && s.Wording == suggestion.Wording), cancellationToken))
            return;
        db.PhrasingSuggestions.Add(suggestion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Log.LogInformation("Suggested a phrasing for {ArticleKey} from {ConversationId}, resolved by {Agent}",
                suggestion.ArticleKey, suggestion.ConversationId, suggestion.Agent);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the suggestion for this event first; the unique index decided.
        }
    }
}
