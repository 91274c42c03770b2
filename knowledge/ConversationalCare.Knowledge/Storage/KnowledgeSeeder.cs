using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>Fills an empty knowledge base with the demo articles, published as version 1; never touches one that has articles.</summary>
internal sealed class KnowledgeSeeder(
    IDbContextFactory<KnowledgeDb> dbFactory, IOptions<KnowledgeOptions> options, TimeProvider clock, ILogger<KnowledgeSeeder> logger)
{
    public const string Actor = "seed";

    /// <summary>Returns how many articles were imported (0 when the knowledge base already had some).</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Archived articles count too: a content owner who archived every demo article does not want them back.
        if (await db.Articles.AnyAsync(cancellationToken)) return 0;

        var directory = options.Value.ResolveSamplesDirectory();
        var samples = new SampleArticleSource(directory).Load();
        var now = clock.GetUtcNow();
        foreach (var sample in samples)
            db.Articles.Add(StoredArticle.Create(sample.Key, sample.Locale, ArticleContent.Of(sample), Actor, now, AuditAction.Seeded, publish: true));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the knowledge base with {Count} articles from {Directory}", samples.Count, directory);
        return samples.Count;
    }
}
