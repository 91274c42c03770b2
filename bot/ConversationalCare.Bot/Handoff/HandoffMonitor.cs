using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Leases;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// Watches open handoffs once a second: records SLA warnings and breaches when they happen (they feed the console
/// and the KPIs), keeps waiting conversations offered to someone who can take them, and tells waiting customers
/// when their place in the queue improves. Every step reads the time from the injected clock, so tests move it.
/// One host at a time runs it (its lease): each change is also a version-checked update, so a host that lost the
/// lease mid-tick cannot record a warning or breach twice.
/// </summary>
public sealed class HandoffMonitor(HandoffStore handoffs, QueueRouter router, CustomerMessenger messenger,
    IOptions<HandoffOptions> options, TimeProvider clock, Telemetry.CareMetrics metrics, ILogger<HandoffMonitor> logger) : ILeasedWork
{
    public const string LeaseName = "handoff-monitor";

    private DateTimeOffset _lastQueueUpdate = DateTimeOffset.MinValue;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await TickAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception error) { logger.LogError(error, "Checking open handoffs failed; trying again in a second"); }
        }
    }

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await handoffs.ListOpenAsync(cancellationToken);
        foreach (var handoff in open.Where(h => h.SilencesBot))
            await CheckSlaAsync(handoff, now, cancellationToken);
        foreach (var waiting in QueueRouter.InQueueOrder(open))
            await router.OfferAsync(waiting, cancellationToken);
        if (now - _lastQueueUpdate >= TimeSpan.FromSeconds(options.Value.QueueUpdateSeconds))
        {
            _lastQueueUpdate = now;
            await UpdatePositionsAsync(cancellationToken);
        }
    }

    private async Task CheckSlaAsync(HandoffCase handoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (SlaClock.StateOf(handoff, now, options.Value))
        {
            // Logged only when this host's change is the one stored, so the log says it once too.
            case SlaState.AtRisk when handoff.SlaWarnedAt is null:
                if (await handoffs.ChangeAsync(handoff.Id, h => h.SlaWarned(now), HandoffEventKinds.SlaWarning, null,
                        $"due {handoff.FirstResponseDueAt:u}", cancellationToken) is not null)
                {
                    metrics.SlaWarned(handoff.Team);
                    logger.LogWarning("First response for {ConversationId} (P{Priority}) is at risk: due {Due:u}", handoff.ConversationId, handoff.Priority, handoff.FirstResponseDueAt);
                }
                break;
            case SlaState.Breached when handoff.SlaBreachedAt is null:
                if (await handoffs.ChangeAsync(handoff.Id, h => h.SlaWarned(now) | h.SlaBreached(now), HandoffEventKinds.SlaBreached, null,
                        $"due {handoff.FirstResponseDueAt:u}", cancellationToken) is not null)
                {
                    metrics.SlaBreached(handoff.Team);
                    logger.LogWarning("First response for {ConversationId} (P{Priority}) breached its SLA", handoff.ConversationId, handoff.Priority);
                }
                break;
        }
    }

    /// <summary>Customers hear about a better place in the queue; a worse one (a P1 arrived) is not news worth sending.</summary>
    private async Task UpdatePositionsAsync(CancellationToken cancellationToken)
    {
        var open = await handoffs.ListOpenAsync(cancellationToken);
        var agents = await router.AgentsAsync(cancellationToken);
        foreach (var waiting in QueueRouter.InQueueOrder(open))
        {
            var (position, minutes) = router.Estimate(waiting, open, agents);
            if (waiting.AnnouncedPosition is { } told && position >= told) continue;
            if (await handoffs.ChangeAsync(waiting.Id, h => h.AnnouncePosition(position), null, null, null, cancellationToken) is null) continue;
            await messenger.SayAsync(waiting.ConversationId, string.Format(HandoffTexts.For(waiting.Locale).QueueUpdateFormat, position, minutes), cancellationToken);
        }
    }
}
