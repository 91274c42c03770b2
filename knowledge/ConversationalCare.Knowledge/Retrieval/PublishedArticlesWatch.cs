using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Notices articles published by another instance or tool on the same database and refreshes the index; publishing
/// through this instance refreshes at once and never waits for it.
/// </summary>
internal sealed class PublishedArticlesWatch(
    PublishedArticles published, IDbContextFactory<KnowledgeDb> dbFactory, IOptions<KnowledgeOptions> options,
    TimeProvider clock, ILogger<PublishedArticlesWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await RefreshIfChangedAsync(stoppingToken);
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
