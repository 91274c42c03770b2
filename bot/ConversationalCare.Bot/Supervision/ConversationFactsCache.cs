using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// The facts of recent conversations (see <see cref="SupervisionOptions.CacheDays"/>), pre-aggregated in memory.
/// Before each report it re-reads only what changed: conversations whose last activity is at or after the previous
/// read (minus a margin for late commits and clock skew between host instances) and conversations with new handoff
/// events. It is derived from the tables alone, so every host instance keeps its own and they agree.
/// </summary>
public sealed class ConversationFactsCache(ConversationFactsReader reader, IDbContextFactory<CareDb> databases, TimeProvider clock,
    IOptions<SupervisionOptions> options, ILogger<ConversationFactsCache> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ConversationFacts> _facts = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, int> _capacities = new Dictionary<string, int>();
    private DateTimeOffset? _horizon;
    private DateTimeOffset _activityMark = DateTimeOffset.MinValue;
    private long _eventMark;

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
        var eventMark = await db.HandoffEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        if (_horizon is null)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            _activityMark = await db.Conversations.MaxAsync(c => (DateTimeOffset?)c.LastActivityAt, cancellationToken) ?? DateTimeOffset.MinValue;
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
        var withEvents = await db.HandoffEvents.AsNoTracking().Where(e => e.Id > lastEvent && e.Id <= eventMark)
            .Select(e => e.ConversationId).Distinct().ToListAsync(cancellationToken);
        var ids = changed.Select(c => c.Id).Union(withEvents, StringComparer.Ordinal).ToList();
        if (changed.Count > 0) _activityMark = changed.Max(c => c.LastActivityAt) is var newest && newest > _activityMark ? newest : _activityMark;
        _eventMark = eventMark;
        Replace(ids.Count == 0 ? new FactsSnapshot([], await reader.CapacitiesAsync(cancellationToken)) : await reader.ReadAsync(ids, cancellationToken), _horizon.Value);
        Evict(horizon);
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
