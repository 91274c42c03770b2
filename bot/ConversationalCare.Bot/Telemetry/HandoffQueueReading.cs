using System.Diagnostics;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// The queue as the gauges show it: waiting handoffs and the longest-waiting one per team, and agents online. Read
/// from the database at most once every few seconds however many instruments or scrapers ask, because the queue is
/// shared by every host and only the database knows it whole.
/// </summary>
public sealed class HandoffQueueReading(HandoffStore handoffs, QueueRouter router, IHostApplicationLifetime lifetime,
    ILogger<HandoffQueueReading> logger)
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(3);
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new([], 0);
    private long _readAt = long.MinValue;

    public sealed record TeamQueue(string Team, int Waiting, DateTimeOffset OldestSince);

    public sealed record Snapshot(IReadOnlyList<TeamQueue> Teams, int AgentsOnline);

    /// <summary>The latest reading; when it is older than a few seconds, read again first (synchronously: gauges are).</summary>
    public Snapshot Current()
    {
        lock (_gate)
        {
            if (_readAt != long.MinValue && Stopwatch.GetElapsedTime(_readAt) < FreshFor) return _snapshot;
            // Exporters collect once more as the host stops, when the database may already be gone.
            if (lifetime.ApplicationStopping.IsCancellationRequested) return _snapshot;
            _readAt = Stopwatch.GetTimestamp();
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
                timeout.CancelAfter(ReadTimeout);
                _snapshot = ReadAsync(timeout.Token).GetAwaiter().GetResult();
            }
            // A scrape must not fail because the database is slow or away; the gauges keep the last reading.
            catch (Exception error)
            {
                if (!lifetime.ApplicationStopping.IsCancellationRequested)
                    logger.LogWarning(error, "Could not read the handoff queue for the gauges; showing the previous reading");
            }
            return _snapshot;
        }
    }

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var open = await handoffs.ListOpenAsync(cancellationToken);
        var agents = await router.AgentsAsync(cancellationToken);
        var teams = open.Where(h => h.Status == HandoffStatus.Waiting)
            .GroupBy(h => h.Team)
            .Select(team => new TeamQueue(team.Key, team.Count(), team.Min(h => h.WaitingSince)))
            .ToList();
        return new Snapshot(teams, agents.Count(a => a.Status == AgentStatus.Online));
    }
}
