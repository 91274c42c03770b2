using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// Reads conversations' facts from the stored tables. Only the columns the KPIs need are loaded, with no change
/// tracking, and folded in one pass per table. A few conversations are looked up by id (index seeks); many are read
/// by scanning each table once in key order and skipping the rows of conversations not asked for.
/// </summary>
public sealed class ConversationFactsReader(IDbContextFactory<CareDb> databases)
{
    /// <summary>Up to this many ids go into an IN list; beyond it one ordered scan is cheaper than the seeks.</summary>
    internal int SeekLimit { get; init; } = 2_000;

    /// <summary>Conversations started in [from, to).</summary>
    public Task<FactsSnapshot> ReadStartedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Conversations.Where(c => c.StartedAt >= from && c.StartedAt < to), cancellationToken);

    /// <summary>The given conversations (those that changed since the last read).</summary>
    public Task<FactsSnapshot> ReadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Conversations.Where(c => ids.Contains(c.Id)), cancellationToken);

    private async Task<FactsSnapshot> ReadAsync(Func<CareDb, IQueryable<Conversation>> which, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var facts = new Dictionary<string, ConversationFacts>(StringComparer.Ordinal);
        var names = new NamePool();
        await foreach (var c in which(db).AsNoTracking()
            .Select(c => new { c.Id, c.CustomerId, c.ChannelId, c.ExternalId, c.Locale, c.StartedAt, c.LastActivityAt })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            facts[c.Id] = new ConversationFacts
            {
                ConversationId = c.Id, CustomerId = c.CustomerId, Channel = names.Get(ChannelName(c.ChannelId, c.ExternalId)),
                Locale = names.Get(c.Locale), StartedAt = c.StartedAt, LastActivityAt = c.LastActivityAt,
            };
        }
        var ids = facts.Count <= SeekLimit ? facts.Keys.ToList() : null;
        if (facts.Count > 0)
        {
            await ReadMessagesAsync(db, ids, facts, names, cancellationToken);
            var handoffs = await ReadHandoffsAsync(db, ids, facts, names, cancellationToken);
            await ReadHandlingAsync(db, ids, handoffs, names, cancellationToken);
        }
        return new FactsSnapshot([.. facts.Values.OrderBy(f => f.StartedAt)], await CapacitiesAsync(db, cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, int>> CapacitiesAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await CapacitiesAsync(db, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, int>> CapacitiesAsync(CareDb db, CancellationToken cancellationToken) =>
        await db.Agents.AsNoTracking().Select(a => new { a.UserName, a.Capacity })
            .ToDictionaryAsync(a => a.UserName, a => a.Capacity, StringComparer.Ordinal, cancellationToken);

    /// <summary>Web chat (Direct Line and the widget) has no channel-side conversation id; other channels keep their name.</summary>
    internal static string ChannelName(string channelId, string? externalId) => externalId is null ? "webchat" : channelId;

    private static async Task ReadMessagesAsync(CareDb db, List<string>? ids, Dictionary<string, ConversationFacts> facts, NamePool names,
        CancellationToken cancellationToken)
    {
        var messages = db.Activities.AsNoTracking().Where(a => a.Type == ActivityTypes.Message);
        if (ids is not null) messages = messages.Where(a => ids.Contains(a.ConversationId));
        var fold = new MessageFold();
        ConversationFacts? current = null;
        string? currentId = null;
        await foreach (var m in messages.OrderBy(a => a.ConversationId).ThenBy(a => a.Sequence)
            .Select(a => new { a.ConversationId, a.FromRole, a.Timestamp, a.Intent })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!string.Equals(currentId, m.ConversationId, StringComparison.Ordinal))
            {
                if (current is not null) fold.Finish(current);
                currentId = m.ConversationId;
                current = facts.GetValueOrDefault(m.ConversationId);
                fold = new MessageFold();
            }
            if (current is null) continue;
            fold.Add(m.FromRole is not (RoleTypes.Bot or AgentIdentity.Role), m.FromRole == RoleTypes.Bot, m.Timestamp, names.Get(m.Intent));
        }
        if (current is not null) fold.Finish(current);
    }

    private static async Task<Dictionary<Guid, HandoffFacts>> ReadHandoffsAsync(CareDb db, List<string>? ids,
        Dictionary<string, ConversationFacts> facts, NamePool names, CancellationToken cancellationToken)
    {
        var rows = db.Handoffs.AsNoTracking();
        if (ids is not null) rows = rows.Where(h => ids.Contains(h.ConversationId));
        var byId = new Dictionary<Guid, HandoffFacts>();
        await foreach (var h in rows.OrderBy(h => h.RequestedAt)
            .Select(h => new
            {
                h.Id, h.ConversationId, h.Rule, h.Team, h.RequestedAt, h.Owner, h.FirstAgentReplyAt,
                h.SlaBreachedAt, h.TransferCount, h.CsatAskedAt, h.CsatScore,
            })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!facts.TryGetValue(h.ConversationId, out var conversation)) continue;
            var handoff = new HandoffFacts
            {
                Id = h.Id, Rule = names.Get(h.Rule), Team = names.Get(h.Team), RequestedAt = h.RequestedAt, Owner = names.Get(h.Owner),
                FirstAgentReplyAt = h.FirstAgentReplyAt, SlaBreached = h.SlaBreachedAt is not null, Transfers = h.TransferCount,
                CsatAsked = h.CsatAskedAt is not null, CsatScore = h.CsatScore,
            };
            conversation.Add(handoff);
            byId[h.Id] = handoff;
        }
        return byId;
    }

    /// <summary>Claims, transfers and closes from the audit trail: the case row keeps only the latest owner.</summary>
    private static async Task ReadHandlingAsync(CareDb db, List<string>? ids, Dictionary<Guid, HandoffFacts> handoffs, NamePool names,
        CancellationToken cancellationToken)
    {
        if (handoffs.Count == 0) return;
        string[] kinds = [HandoffEventKinds.Claimed, HandoffEventKinds.Transferred, HandoffEventKinds.Returned, HandoffEventKinds.Resolved, HandoffEventKinds.Released];
        var events = db.HandoffEvents.AsNoTracking().Where(e => kinds.Contains(e.Kind));
        // Looked up through the HandoffId index; events have none on their conversation.
        var handoffIds = ids is null ? null : handoffs.Keys.ToList();
        if (handoffIds is not null) events = events.Where(e => handoffIds.Contains(e.HandoffId));
        var open = new Dictionary<Guid, (string Agent, DateTimeOffset From)>();
        await foreach (var e in events.OrderBy(e => e.Id).Select(e => new { e.HandoffId, e.Kind, e.Actor, e.At })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!handoffs.TryGetValue(e.HandoffId, out var handoff)) continue;
            if (open.Remove(e.HandoffId, out var held)) handoff.Add(new HandlingSegment(held.Agent, held.From, e.At));
            if (e.Kind == HandoffEventKinds.Claimed)
            {
                handoff.FirstClaimedAt ??= e.At;
                open[e.HandoffId] = (names.Get(e.Actor) ?? "", e.At);
            }
            else if (e.Kind == HandoffEventKinds.Resolved) handoff.ResolvedAt = e.At;
        }
        // Still being handled: the segment runs until the report's clock (the calculator clips it).
        foreach (var (id, held) in open) handoffs[id].Add(new HandlingSegment(held.Agent, held.From, DateTimeOffset.MaxValue));
    }
}

/// <summary>One instance per distinct name (intent, locale, team, agent), so a large cache holds few strings.</summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(name))]
    public string? Get(string? name)
    {
        if (name is null) return null;
        if (_names.TryGetValue(name, out var shared)) return shared;
        return _names[name] = name;
    }
}

/// <summary>Conversations' facts (oldest first) and each agent's concurrent-chat capacity.</summary>
public sealed record FactsSnapshot(IReadOnlyList<ConversationFacts> Conversations, IReadOnlyDictionary<string, int> Capacities);
