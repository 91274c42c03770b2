using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// The facts of recent conversations (see <see cref="SupervisionOptions.CacheDays"/>), pre-aggregated in memory.
/// Before each report it re-reads only what changed: conversations whose last activity is at or after the previous
/// read (minus a margin for late commits and clock skew between host instances) and conversations with new handoff
/// events. It is derived from the tables alone, so every host instance keeps its own and they agree. A change shows in
/// the next report, so figures are as fresh as the request that asks for them.
/// </summary>
public sealed class ConversationFactsCache(ConversationFactsReader reader, IDbContextFactory<CareDb> databases, TimeProvider clock,
    IOptions<SupervisionOptions> options, ILogger<ConversationFactsCache> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    // Event ids are handed out before commit, so with concurrent writers (PostgreSQL) a lower id can become visible
    // after a higher one; the event mark only passes events older than this, and younger ones are read again.
    private static readonly TimeSpan EventSettle = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ConversationFacts> _facts = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, int> _capacities = new Dictionary<string, int>();
    private DateTimeOffset? _horizon;
    private DateTimeOffset _activityMark = DateTimeOffset.MinValue;
    private long _eventMark;
    private DateTimeOffset _erasureMark;

    /// <summary>Conversations started in [from, to), from memory when the range is recent enough, else from the tables.</summary>
    public async Task<FactsSnapshot> ReadStartedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var horizon = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.CacheDays);
        if (options.Value.CacheDays == 0 || from < (_horizon ?? horizon)) return await reader.ReadStartedAsync(from, to, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RefreshAsync(horizon, cancellationToken);
            var inRange = _facts.Values.Where(f => f.StartedAt >= from && f.StartedAt < to).ToList();
            // Filled in start order and mostly appended since, so usually no sort is needed.
            if (!IsOrdered(inRange)) inRange = [.. inRange.OrderBy(f => f.StartedAt)];
            return new FactsSnapshot(inRange, _capacities);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Fills the cache ahead of the first report, so a supervisor's first look is as fast as the next.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        if (options.Value.CacheDays == 0) return;
        await _gate.WaitAsync(cancellationToken);
        try { await RefreshAsync(clock.GetUtcNow() - TimeSpan.FromDays(options.Value.CacheDays), cancellationToken); }
        finally { _gate.Release(); }
    }

    private async Task RefreshAsync(DateTimeOffset horizon, CancellationToken cancellationToken)
    {
        // Marks are taken before the facts are read, so whatever changes during the read is read again next time.
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var settled = clock.GetUtcNow() - EventSettle;
        if (_horizon is null)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            _erasureMark = clock.GetUtcNow();
            _activityMark = await db.Conversations.MaxAsync(c => (DateTimeOffset?)c.LastActivityAt, cancellationToken) ?? DateTimeOffset.MinValue;
            var eventMark = await db.HandoffEvents.Where(e => e.At <= settled).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            Replace(await reader.ReadStartedAsync(horizon, DateTimeOffset.MaxValue, cancellationToken), horizon);
            _horizon = horizon;
            _eventMark = eventMark;
            logger.LogInformation("KPI facts of {Count} conversations since {Horizon:u} loaded in {Elapsed} ms",
                _facts.Count, horizon, started.ElapsedMilliseconds);
            return;
        }
        var since = _activityMark == DateTimeOffset.MinValue ? _activityMark : _activityMark - Margin;
        var changed = await db.Conversations.AsNoTracking().Where(c => c.LastActivityAt >= since)
            .Select(c => new { c.Id, c.LastActivityAt }).ToListAsync(cancellationToken);
        var lastEvent = _eventMark;
        var events = await db.HandoffEvents.AsNoTracking().Where(e => e.Id > lastEvent)
            .Select(e => new { e.Id, e.ConversationId, e.At }).ToListAsync(cancellationToken);
        var ids = changed.Select(c => c.Id).Union(events.Select(e => e.ConversationId), StringComparer.Ordinal).ToList();
        if (changed.Count > 0) _activityMark = changed.Max(c => c.LastActivityAt) is var newest && newest > _activityMark ? newest : _activityMark;
        var firstUnsettled = events.Where(e => e.At > settled).Select(e => e.Id).DefaultIfEmpty(long.MaxValue).Min();
        _eventMark = events.Where(e => e.Id < firstUnsettled).Select(e => e.Id).DefaultIfEmpty(lastEvent).Max();
        Replace(ids.Count == 0 ? new FactsSnapshot([], await reader.CapacitiesAsync(cancellationToken)) : await reader.ReadAsync(ids, cancellationToken), _horizon.Value);
        await ForgetErasedAsync(db, cancellationToken);
        Evict(horizon);
    }

    /// <summary>
    /// Erased customers' rows are gone, so no change mark finds them; the erasure's audit entry (any host wrote it)
    /// says whose cached facts to drop. Re-reading an entry within the margin is harmless.
    /// </summary>
    private async Task ForgetErasedAsync(CareDb db, CancellationToken cancellationToken)
    {
        var since = _erasureMark - Margin;
        _erasureMark = clock.GetUtcNow();
        var erased = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == Administration.CustomerData.CustomerErasure.AuditAction && e.At >= since)
            .Select(e => e.Subject).ToListAsync(cancellationToken);
        if (erased.Count == 0) return;
        var customers = erased.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).ToHashSet();
        foreach (var gone in _facts.Values.Where(f => customers.Contains(f.CustomerId)).Select(f => f.ConversationId).ToList()) _facts.Remove(gone);
    }

    private static bool IsOrdered(List<ConversationFacts> facts)
    {
        for (var i = 1; i < facts.Count; i++)
            if (facts[i].StartedAt < facts[i - 1].StartedAt) return false;
        return true;
    }

    private void Replace(FactsSnapshot fresh, DateTimeOffset horizon)
    {
        foreach (var facts in fresh.Conversations.Where(f => f.StartedAt >= horizon)) _facts[facts.ConversationId] = facts;
        _capacities = fresh.Capacities;
    }

    /// <summary>Drops conversations that aged out of the window, at most once a day, so memory stays bounded.</summary>
    private void Evict(DateTimeOffset horizon)
    {
        if (horizon - _horizon!.Value < TimeSpan.FromDays(1)) return;
        foreach (var old in _facts.Values.Where(f => f.StartedAt < horizon).Select(f => f.ConversationId).ToList()) _facts.Remove(old);
        _horizon = horizon;
    }
}
