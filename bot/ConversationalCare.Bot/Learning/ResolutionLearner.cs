using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Follows the handoff audit trail and turns each resolution where an agent answered with an article into a suggested
/// phrasing. It remembers the last event it finished in the database, so a restart or a second host instance carries
/// on where it left off, and the suggestion's unique event id makes a repeated read harmless.
/// </summary>
public sealed class ResolutionLearner(IDbContextFactory<CareDb> dbFactory, ResolutionReader reader, TimeProvider clock,
    ILogger<ResolutionLearner> logger) : BackgroundService
{
    public const string CursorName = "resolved-handoffs";
    private const int Batch = 50;
    // Ids are handed out before commit; on a database with concurrent writers a lower id can land a moment later,
    // so events younger than this wait for the next pass rather than being skipped forever.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { while (await CatchUpAsync(stoppingToken) == Batch) { } }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception error) { logger.LogError(error, "Learning from resolved handoffs failed; trying again in a second"); }
        }
    }

    /// <summary>Reads resolved handoffs after the cursor; returns how many events it looked at.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var position = await PositionAsync(db, cancellationToken);
        var settled = clock.GetUtcNow() - Settle;
        var resolved = await db.HandoffEvents.AsNoTracking()
            .Where(e => e.Id > position && e.Kind == HandoffEventKinds.Resolved && e.At <= settled)
            .OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        if (resolved.Count == 0) return 0;
        foreach (var resolution in resolved)
            if (await reader.ReadAsync(db, resolution, cancellationToken) is { } suggestion)
                await SuggestAsync(suggestion, cancellationToken);
        var last = resolved[^1].Id;
        // Only ever forward: another instance that got further keeps its position.
        await db.LearningCursors.Where(c => c.Name == CursorName && c.Position < last)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Position, last), cancellationToken);
        return resolved.Count;
    }

    private async Task SuggestAsync(PhrasingSuggestion suggestion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PhrasingSuggestions.AnyAsync(s => s.HandoffEventId == suggestion.HandoffEventId
                || (s.Status == SuggestionStatus.Pending && s.ArticleKey == suggestion.ArticleKey && s.Wording == suggestion.Wording), cancellationToken))
            return;
        db.PhrasingSuggestions.Add(suggestion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Suggested a phrasing for {ArticleKey} from {ConversationId}, resolved by {Agent}",
                suggestion.ArticleKey, suggestion.ConversationId, suggestion.Agent);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the suggestion for this event first; the unique index decided.
        }
    }

    private static async Task<long> PositionAsync(CareDb db, CancellationToken cancellationToken)
    {
        if (await db.LearningCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Name == CursorName, cancellationToken) is { } cursor)
            return cursor.Position;
        db.LearningCursors.Add(new LearningCursor(CursorName));
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        return 0;
    }
}
