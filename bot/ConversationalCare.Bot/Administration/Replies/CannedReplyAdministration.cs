using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Replies;
using ConversationalCare.HandoffConsole.Administration.Replies;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Replies;

/// <summary>
/// Canned replies as admins run them, for the console's Replies page and the admin API alike. Each change commits
/// with its audit entry; agents' pickers read the table, so nothing else needs telling.
/// </summary>
public sealed partial class CannedReplyAdministration(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock,
    ILogger<CannedReplyAdministration> logger) : ICannedReplyAdministration
{
    public async Task<IReadOnlyList<CannedReplyView>> ListAsync(CannedReplyFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CannedReplies.AsNoTracking();
        if (filter.Team is { Length: > 0 } team)
            query = team == CannedReplyFilter.Everyone ? query.Where(r => r.Team == null) : query.Where(r => r.Team == team.Trim().ToLowerInvariant());
        if (filter.Language is { Length: > 0 } language && ReplyLanguage.IsValid(language))
        {
            var wanted = ReplyLanguage.Normalize(language);
            query = wanted.Contains('-') ? query.Where(r => r.Language == wanted) : query.Where(r => r.Language == wanted || r.Language.StartsWith(wanted + "-"));
        }
        var replies = await query.ToListAsync(cancellationToken);
        // Sorted here: SQLite and PostgreSQL order text differently, the page should not.
        return [.. replies.OrderBy(r => r.Team is null ? 0 : 1).ThenBy(r => r.Team, StringComparer.Ordinal)
            .ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => r.ToView())];
    }

    public async Task<CannedReplyView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.CannedReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))?.ToView();
    }

    public async Task<IReadOnlyList<string>> TeamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ActiveTeamsAsync(db, cancellationToken);
    }

    public async Task<CannedReplyResult> CreateAsync(CannedReplyInput input, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var check = await CheckAsync(db, input, null, cancellationToken);
        if (check.Valid is not { } valid) return check.Result!;
        var reply = new CannedReply(valid.Team, valid.Language, valid.Name, valid.Text, actor, clock.GetUtcNow());
        db.CannedReplies.Add(reply);
        audit.Record(db, actor, "canned-reply.created", reply.Id.ToString(), null, reply.ToView());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} created the canned reply {Name} ({Language}, {Team})", actor, reply.Name, reply.Language, reply.Team ?? "everyone");
        return new(CannedReplyOutcome.Done, reply.ToView());
    }

    public async Task<CannedReplyResult> UpdateAsync(Guid id, CannedReplyInput input, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CannedReplies.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } reply) return NotFound(id);
        var check = await CheckAsync(db, input, reply, cancellationToken);
        if (check.Valid is not { } valid) return check.Result!;
        var before = reply.ToView();
        if (!reply.Edit(valid.Team, valid.Language, valid.Name, valid.Text, actor, clock.GetUtcNow())) return new(CannedReplyOutcome.Done, before);
        audit.Record(db, actor, "canned-reply.changed", reply.Id.ToString(), before, reply.ToView());
        await db.SaveChangesAsync(cancellationToken);
        return new(CannedReplyOutcome.Done, reply.ToView());
    }

    public async Task<CannedReplyResult> DeleteAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CannedReplies.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } reply) return NotFound(id);
        db.CannedReplies.Remove(reply);
        audit.Record(db, actor, "canned-reply.deleted", reply.Id.ToString(), reply.ToView(), null);
        await db.SaveChangesAsync(cancellationToken);
        return new(CannedReplyOutcome.Done, reply.ToView());
    }

    private static CannedReplyResult NotFound(Guid id) => new(CannedReplyOutcome.NotFound, Message: $"There is no canned reply {id}.");

    private static async Task<List<string>> ActiveTeamsAsync(CareDb db, CancellationToken cancellationToken) =>
        [.. (await db.Teams.AsNoTracking().Where(t => !t.Archived).Select(t => t.Name).ToListAsync(cancellationToken)).Order(StringComparer.Ordinal)];
}
