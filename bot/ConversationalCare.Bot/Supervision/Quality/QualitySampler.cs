using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>
/// Fills the review queue once per ISO week: when its host takes the lease it samples the last finished week (a week
/// already sampled is left alone, so restarts and take-overs add nothing), then again as each week ends.
/// </summary>
public sealed class QualitySampler(IDbContextFactory<CareDb> dbFactory, IOptions<QualityOptions> options, TimeProvider clock,
    ILogger<QualitySampler> logger) : ILeasedWork
{
    public const string LeaseName = "quality-sampling";
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var wait = QualityWeek.Containing(now).End - now;
            try { await SampleAsync(QualityWeek.LastFinished(now), stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception error)
            {
                logger.LogError(error, "Sampling conversations for quality review failed; trying again in a few minutes");
                wait = RetryAfterFailure;
            }
            try { await Task.Delay(wait, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Queues the week's sample and returns how many reviews it added (0 when the week was sampled already).</summary>
    public async Task<int> SampleAsync(QualityWeek week, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = week.ToString();
        if (await db.QualityReviews.AnyAsync(r => r.Week == key, cancellationToken)) return 0;
        var (start, end) = (week.Start, week.End);
        var resolved = await db.Handoffs.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.Resolved && h.Owner != null && h.ClosedAt >= start && h.ClosedAt < end)
            .Select(h => new ResolvedHandoff(h.Id, h.ConversationId, h.Owner!, h.ClosedAt!.Value))
            .ToListAsync(cancellationToken);
        var chosen = QualitySample.Choose(resolved, week, options.Value.SampleShare, options.Value.MinimumPerAgent);
        if (chosen.Count == 0) return 0;
        var now = clock.GetUtcNow();
        db.QualityReviews.AddRange(chosen.Select(h => new QualityReview(h.Id, h.ConversationId, h.Agent, h.ResolvedAt, key, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance sampled the same week first and the unique index on the handoff decided; anything else is a bug.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await again.QualityReviews.AnyAsync(r => r.Week == key, cancellationToken)) return 0;
            throw;
        }
        logger.LogInformation("Queued {Count} of {Resolved} conversations resolved in {Week} for quality review", chosen.Count, resolved.Count, key);
        return chosen.Count;
    }
}
