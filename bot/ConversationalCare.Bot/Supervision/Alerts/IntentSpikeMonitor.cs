using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.Bot.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>
/// Once a minute, counts each intent's customer messages in the last hour and compares the count with that intent's
/// hourly counts over the baseline days (<see cref="SpikeDetector"/>): opens an incident with masked sample messages
/// when it spikes, keeps it up to date while it lasts and closes it when the volume is back to normal. One host at a
/// time scans (its lease): two scans at once would both find no open incident and open one each.
/// </summary>
public sealed class IntentSpikeMonitor(IDbContextFactory<CareDb> dbFactory, IOptions<AlertOptions> options, TimeProvider clock,
    ILogger<IntentSpikeMonitor> logger) : ILeasedWork
{
    public const string LeaseName = "intent-spikes";
    public const int SampleCount = 5;
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private DateTimeOffset? _firstMessage;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ScanSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await ScanAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception error) { logger.LogError(error, "Looking for intent spikes failed; trying again next minute"); }
        }
    }

    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var baselineHours = options.Value.BaselineDays * 24;
        var counts = await HourlyCountsAsync(now, baselineHours, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.IntentIncidents.Where(i => i.ClosedAt == null).ToDictionaryAsync(i => i.Intent, cancellationToken);
        foreach (var intent in counts.Intents.Union(active.Keys))
        {
            var assessment = SpikeDetector.Assess(counts.LastHour(intent), counts.Baseline(intent), options.Value);
            active.TryGetValue(intent, out var incident);
            if (incident is not null && assessment.IsNormal)
            {
                incident.Close(now);
                logger.LogInformation("The {Intent} spike is over: {Count} in the last hour against a baseline of {Mean}", intent, assessment.Count, assessment.Mean);
            }
            else if (incident is not null)
                incident.Update(assessment, await SamplesAsync(db, intent, now, cancellationToken), now);
            else if (assessment.IsSpike)
            {
                db.IntentIncidents.Add(new IntentIncident(intent, assessment, await SamplesAsync(db, intent, now, cancellationToken), now));
                logger.LogWarning("{Intent} is spiking: {Count} in the last hour against a baseline of {Mean} ± {Deviation}",
                    intent, assessment.Count, assessment.Mean, assessment.Deviation);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Customer messages per intent and hour back from now (hour 0 is the last hour). Hours before the first stored
    /// message are not part of the baseline, so a fresh installation does not read its empty past as quiet hours.
    /// </summary>
    private async Task<HourlyCounts> HourlyCountsAsync(DateTimeOffset now, int baselineHours, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = now - Hour * (baselineHours + 1);
        var messages = await db.Activities.AsNoTracking()
            .Where(a => a.Type == ActivityTypes.Message && a.FromRole == RoleTypes.User && a.Intent != null && a.Timestamp > since && a.Timestamp <= now)
            .Select(a => new { a.Intent, a.Timestamp }).ToListAsync(cancellationToken);
        // The first message of all time never changes once there is one, so the full scan runs until then only.
        var first = _firstMessage ??= await db.Activities.AsNoTracking().Where(a => a.FromRole == RoleTypes.User)
            .OrderBy(a => a.Timestamp).Select(a => (DateTimeOffset?)a.Timestamp).FirstOrDefaultAsync(cancellationToken);
        var counts = new Dictionary<string, int[]>();
        foreach (var message in messages)
        {
            var hoursAgo = (int)Math.Min(baselineHours, Math.Floor((now - message.Timestamp - TimeSpan.FromTicks(1)) / Hour));
            if (!counts.TryGetValue(message.Intent!, out var hours)) counts[message.Intent!] = hours = new int[baselineHours + 1];
            hours[Math.Max(0, hoursAgo)]++;
        }
        var knownHours = first is { } start ? (int)Math.Clamp(Math.Floor((now - start) / Hour), 0, baselineHours) : 0;
        return new HourlyCounts(counts, knownHours);
    }

    private static async Task<IReadOnlyList<string>> SamplesAsync(CareDb db, string intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Hour;
        var texts = await db.Activities.AsNoTracking()
            .Where(a => a.Type == ActivityTypes.Message && a.FromRole == RoleTypes.User && a.Intent == intent && a.Timestamp > since && a.Timestamp <= now && a.Text != null)
            .OrderByDescending(a => a.Timestamp).Select(a => a.Text!).Take(SampleCount).ToListAsync(cancellationToken);
        return texts.Select(EntityFinder.Mask).ToList();
    }

    private sealed record HourlyCounts(Dictionary<string, int[]> ByIntent, int KnownBaselineHours)
    {
        public IEnumerable<string> Intents => ByIntent.Keys;
        public int LastHour(string intent) => ByIntent.TryGetValue(intent, out var hours) ? hours[0] : 0;
        public IReadOnlyCollection<int> Baseline(string intent) =>
            ByIntent.TryGetValue(intent, out var hours) ? hours[1..(KnownBaselineHours + 1)] : new int[KnownBaselineHours];
    }
}
