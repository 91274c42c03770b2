using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// Reads and changes handoffs. Every change is a conditional update on the row's version, so two agents (or two
/// host instances) never both win; each change is logged as a <see cref="HandoffEvent"/> in the same commit and
/// announced to the console.
/// </summary>
public sealed class HandoffStore(IDbContextFactory<CareDb> dbFactory, ConversationFeed feed, TimeProvider clock)
{
    public async Task<HandoffCase?> FindOpenAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Handoffs.AsNoTracking()
            .Where(h => h.ConversationId == conversationId).Where(HandoffCase.IsOpenQuery)
            .OrderByDescending(h => h.RequestedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest handoff of a conversation, open or not (CSAT answers arrive after resolution).</summary>
    public async Task<HandoffCase?> FindLatestAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LatestOf(db, conversationId, cancellationToken);
    }

    // Compiled once: every customer message asks this, and translating the LINQ each time cost more than the query.
    private static readonly Func<CareDb, string, CancellationToken, Task<HandoffCase?>> LatestOf = EF.CompileAsyncQuery(
        (CareDb db, string conversationId, CancellationToken _) => db.Handoffs.AsNoTracking()
            .Where(h => h.ConversationId == conversationId).OrderByDescending(h => h.RequestedAt).FirstOrDefault());

    public async Task<IReadOnlyList<HandoffCase>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Handoffs.AsNoTracking().Where(HandoffCase.IsOpenQuery).ToListAsync(cancellationToken);
    }

    /// <summary>Opens a handoff unless the conversation already has one open; returns the open one either way.</summary>
    public async Task<(HandoffCase Handoff, bool Created)> OpenAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Handoffs.AsNoTracking()
            .Where(h => h.ConversationId == handoff.ConversationId).Where(HandoffCase.IsOpenQuery)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) return (existing, false);
        db.Handoffs.Add(handoff);
        db.HandoffEvents.Add(new HandoffEvent(handoff.Id, handoff.ConversationId, HandoffEventKinds.Requested, null,
            $"{handoff.Rule}: {handoff.ReasonDetail} (P{handoff.Priority}, {handoff.Team})", handoff.RequestedAt));
        await db.SaveChangesAsync(cancellationToken);
        feed.Announce(handoff.ConversationId, FeedChanges.Handoff);
        return (handoff, true);
    }

    /// <summary>
    /// Claims a waiting handoff for one agent: a single conditional UPDATE, so of many simultaneous claims exactly
    /// one changes a row, on SQLite and PostgreSQL alike, across host instances.
    /// </summary>
    public async Task<bool> TryClaimAsync(Guid handoffId, string agent, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = await db.Handoffs
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.Waiting)
            .ExecuteUpdateAsync(set => set
                .SetProperty(h => h.Status, HandoffStatus.Assigned)
                .SetProperty(h => h.Owner, agent)
                .SetProperty(h => h.ClaimedAt, now)
                .SetProperty(h => h.Version, h => h.Version + 1), cancellationToken) == 1;
        if (!claimed) return false;
        var conversationId = await db.Handoffs.Where(h => h.Id == handoffId).Select(h => h.ConversationId).SingleAsync(cancellationToken);
        db.HandoffEvents.Add(new HandoffEvent(handoffId, conversationId, HandoffEventKinds.Claimed, agent, null, now));
        await db.SaveChangesAsync(cancellationToken);
        feed.Announce(conversationId, FeedChanges.Handoff);
        return true;
    }

    /// <summary>
    /// Applies a change to the current row and stores it only if nobody changed the row meanwhile (version check),
    /// retrying on a fresh copy. Returns the changed handoff, or null when the change did not apply.
    /// </summary>
    public async Task<HandoffCase?> ChangeAsync(Guid handoffId, Func<HandoffCase, bool> change, string? eventKind,
        string? actor, string? detail, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var handoff = await db.Handoffs.SingleOrDefaultAsync(h => h.Id == handoffId, cancellationToken);
            if (handoff is null || !change(handoff)) return null;
            if (eventKind is not null)
                db.HandoffEvents.Add(new HandoffEvent(handoff.Id, handoff.ConversationId, eventKind, actor, detail, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                feed.Announce(handoff.ConversationId, FeedChanges.Handoff);
                return handoff;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Someone else changed this handoff first; decide again on what is there now.
            }
        }
    }

    public async Task AddNoteAsync(AgentNoteEntry note, Guid handoffId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AgentNotes.Add(note);
        db.HandoffEvents.Add(new HandoffEvent(handoffId, note.ConversationId, HandoffEventKinds.NoteAdded, note.Author, null, note.At));
        await db.SaveChangesAsync(cancellationToken);
        feed.Announce(note.ConversationId, FeedChanges.Handoff);
    }

    /// <summary>Conversations each agent owns right now: their load.</summary>
    public async Task<Dictionary<string, int>> LoadByAgentAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Handoffs.AsNoTracking().Where(h => h.Status == HandoffStatus.Assigned && h.Owner != null)
            .GroupBy(h => h.Owner!).Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Agent, x => x.Count, cancellationToken);
    }
}
