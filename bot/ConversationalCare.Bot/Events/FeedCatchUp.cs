using ConversationalCare.Bot.Channels.DirectLine;
using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// While other hosts cannot be heard (Redis down, or not connected yet), re-reads the database every couple of seconds
/// and delivers to this host's listeners what other hosts stored meanwhile: new activities of every conversation that
/// changed (each listener skips what it already has by watermark) and handoff changes, from their handoff events.
/// One more round runs after the link is back, for what was said while it came up. Typing is not stored, so it is not
/// replayed. Cost per round: one indexed query on conversations by last activity, one on handoff events by time, and one
/// read per conversation that actually moved; nothing at all while Redis is connected.
/// </summary>
public sealed class FeedCatchUp(IClusterEvents cluster, ConversationFeed feed, IDbContextFactory<CareDb> dbFactory,
    IOptions<RedisOptions> options, TimeProvider clock, ILogger<FeedCatchUp> logger) : BackgroundService
{
    // Covers commits that land a little after their timestamp, and clocks of hosts that disagree a little.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);
    private const int MaxActivitiesPerRead = 500;
    private readonly Dictionary<string, long> _delivered = new(StringComparer.Ordinal);
    private HashSet<long> _announcedEvents = [];
    private DateTimeOffset? _outageSince;
    private DateTimeOffset? _lastRound;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Clustered) return;
        var every = TimeSpan.FromSeconds(options.Value.FallbackPollSeconds);
        var lastHeard = clock.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var connected = cluster.Connected;
                if (!connected) _outageSince ??= lastHeard;
                if (_outageSince is { } since)
                {
                    await CatchUpAsync(since, stoppingToken);
                    // The round after the link is back covers what was said while it came up; then the fallback rests.
                    if (connected) Reset();
                }
                if (connected) lastHeard = clock.GetUtcNow();
                await Task.Delay(every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private void Reset()
    {
        _outageSince = _lastRound = null;
        _delivered.Clear();
        _announcedEvents.Clear();
    }

    private async Task CatchUpAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        try
        {
            // Each round reads what changed since the previous one (with the margin); the first, since Redis was last heard.
            var started = clock.GetUtcNow();
            var from = (_lastRound ?? since) - Margin;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var moved = await db.Conversations.AsNoTracking().Where(c => c.LastActivityAt >= from)
                .Select(c => new { c.Id, c.LastSequence }).ToListAsync(cancellationToken);
            foreach (var conversation in moved)
                if (!_delivered.TryGetValue(conversation.Id, out var delivered) || conversation.LastSequence > delivered)
                    await DeliverStoredAsync(db, conversation.Id, from, cancellationToken);
            await AnnounceHandoffChangesAsync(db, from, cancellationToken);
            _lastRound = started;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A busy database must not end the fallback; the next round reads the same window again.
            logger.LogWarning(error, "Could not re-read the database for live events other hosts stored");
        }
    }

    private async Task DeliverStoredAsync(CareDb db, string conversationId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var known = _delivered.TryGetValue(conversationId, out var delivered);
        var query = db.Activities.AsNoTracking().Where(a => a.ConversationId == conversationId);
        // A conversation first seen in this outage: what was stored in the window, which listeners dedupe by watermark.
        query = known ? query.Where(a => a.Sequence > delivered) : query.Where(a => a.Timestamp >= from);
        var stored = await query.OrderBy(a => a.Sequence).Take(MaxActivitiesPerRead).ToListAsync(cancellationToken);
        foreach (var activity in stored)
        {
            feed.DeliverActivity(new FeedItem(conversationId, DirectLineActivities.Deserialize(activity), activity.Sequence));
            _delivered[conversationId] = activity.Sequence;
        }
    }

    private async Task AnnounceHandoffChangesAsync(CareDb db, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var events = await db.HandoffEvents.AsNoTracking().Where(e => e.At >= from).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ConversationId }).ToListAsync(cancellationToken);
        foreach (var change in events)
            if (!_announcedEvents.Contains(change.Id)) feed.DeliverAnnouncement(change.ConversationId, FeedChanges.Handoff);
        // Windows overlap by the margin only, so only this window's events can come round again.
        _announcedEvents = events.Select(e => e.Id).ToHashSet();
    }
}
