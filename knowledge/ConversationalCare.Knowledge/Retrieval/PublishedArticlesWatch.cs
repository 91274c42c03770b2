using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Notices articles published by another instance or tool on the same database and refreshes the index: at once when
/// the host relays news of the publish, else at the next poll; publishing through this instance refreshes at once
/// and never waits for it.
/// </summary>
internal sealed class PublishedArticlesWatch(
    PublishedArticles published, PublishNews news, IDbContextFactory<KnowledgeDb> dbFactory, IOptions<KnowledgeOptions> options,
    TimeProvider clock, ILogger<PublishedArticlesWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.RefreshSeconds > 0 ? TimeSpan.FromSeconds(options.Value.RefreshSeconds) : Timeout.InfiniteTimeSpan;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Taken before waiting and checking, so news arriving during a check wakes the next round.
                var elsewhere = news.NextArticlesElsewhereAsync(stoppingToken);
                await Task.WhenAny(elsewhere, Task.Delay(poll, clock, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
                await RefreshIfChangedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await KnowledgeStamp.ReadAsync(db, cancellationToken) != published.Stamp)
                await published.RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A busy or briefly unreachable database must not end the watch; the next tick tries again.
            logger.LogWarning(ex, "Could not check the knowledge base for newly published articles");
        }
    }
}
