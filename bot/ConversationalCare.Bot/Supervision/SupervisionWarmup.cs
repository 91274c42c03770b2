namespace ConversationalCare.Bot.Supervision;

/// <summary>Pre-aggregates recent conversations in the background at start (after the database is migrated).</summary>
internal sealed class SupervisionWarmup(ConversationFactsCache cache, ILogger<SupervisionWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await cache.WarmAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Not fatal: the first report fills the cache itself.
            logger.LogWarning(error, "Could not pre-aggregate the KPI facts at start");
        }
    }
}
