using System.Diagnostics;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>Keeps the search index equal to the live versions in the knowledge database.</summary>
public sealed class PublishedArticles(IDbContextFactory<KnowledgeDb> dbFactory, LuceneKnowledgeSearch search, PublishNews news,
    ILogger<PublishedArticles> logger)
{
    // One rebuild at a time, each reading after the previous one finished, so a slow old read never wins.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>What the index was last built from; the watch compares it to the database's.</summary>
    internal KnowledgeStamp Stamp { get; private set; } = KnowledgeStamp.Never;

    /// <summary>Rebuilds the index from the database; searches keep running on the previous index meanwhile.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // Read before the articles: a publish in between is then in the index and merely triggers one spare rebuild.
            var stamp = await KnowledgeStamp.ReadAsync(db, cancellationToken);
            var articles = await LoadAsync(db, cancellationToken);
            search.Rebuild(articles);
            // The first build has no earlier classifier to stand in, so startup waits for it (seconds; not for a slow
            // embedding endpoint); later publishes are searchable at once and the classifier follows in the background.
            if (Stamp == KnowledgeStamp.Never) await search.ClassifierReady.WaitAsync(cancellationToken);
            Stamp = stamp;
            logger.LogInformation("Search index rebuilt with {Count} published articles in {Elapsed:F0} ms",
                articles.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a publish through this process: searchable here before returning, and news for other instances.</summary>
    public async Task RefreshAfterPublishAsync(CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        news.Here(PublishedContent.Articles);
    }

    /// <summary>Every live version as the bot sees it, in publishing order.</summary>
    public static async Task<IReadOnlyList<Article>> LoadAsync(KnowledgeDb db, CancellationToken cancellationToken)
    {
        var live = await (
            from article in db.Articles
            join version in db.ArticleVersions
                on new { ArticleId = article.Id, Number = article.LiveVersion } equals new { version.ArticleId, Number = (int?)version.Number }
            orderby version.Id
            select new { article.Key, article.Locale, version.Content }).AsNoTracking().ToListAsync(cancellationToken);

        var keys = live.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        // A button to an unpublished or archived article would lead nowhere, so it is left out until that one is live.
        return live.Select(a => a.Content.ToArticle(a.Key, a.Locale) with
        {
            FollowUps = a.Content.FollowUps.Where(f => keys.Contains(f.ArticleKey)).ToList(),
        }).ToList();
    }
}
