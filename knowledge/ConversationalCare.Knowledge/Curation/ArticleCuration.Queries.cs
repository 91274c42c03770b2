using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Curation;

public sealed partial class ArticleCuration
{
    // An article's history is shown newest first; beyond this the page would be unreadable anyway.
    private const int AuditShown = 200;

    /// <summary>A page of articles, most recently changed first.</summary>
    public async Task<ArticlePage> ListAsync(ArticleFilter filter, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.Articles.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Key)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .Select(a => new ArticleSummary(a.Id, a.Key, a.Locale, a.Category, a.Question, a.Status,
                a.Revision, a.LiveVersion, a.LatestVersion, a.UpdatedBy, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new ArticlePage(items, total);
    }

    /// <summary>The categories in use, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> CategoriesAsync(string? locale = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await new ArticleFilter(Locale: locale).Apply(db.Articles)
            .Select(a => a.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> LocalesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.Select(a => a.Locale).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
    }

    public async Task<ArticleDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailsAsync(db, id, cancellationToken);
    }

    public async Task<ArticleDetails?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        key = ArticleKeys.Normalize(key);
        var id = await db.Articles.Where(a => a.Key == key).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await DetailsAsync(db, id.Value, cancellationToken);
    }

    public async Task<VersionDetails?> GetVersionAsync(Guid id, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var live = await db.Articles.Where(a => a.Id == id).Select(a => a.LiveVersion).FirstOrDefaultAsync(cancellationToken);
        var version = await db.ArticleVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == id && v.Number == number, cancellationToken);
        return version is null ? null : new VersionDetails(version.ToInfo(live), version.Content);
    }

    /// <summary>Which fields differ from version <paramref name="from"/> to <paramref name="to"/> (null: the working copy); null when either is missing.</summary>
    public async Task<VersionDiff?> DiffAsync(Guid id, int from, int? to = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var numbers = to is { } n ? new[] { from, n } : [from];
        var versions = await db.ArticleVersions.AsNoTracking()
            .Where(v => v.ArticleId == id && numbers.Contains(v.Number))
            .ToDictionaryAsync(v => v.Number, v => v.Content, cancellationToken);
        if (!versions.TryGetValue(from, out var before)) return null;

        var after = to is { } number
            ? versions.GetValueOrDefault(number)
            : await db.Articles.Where(a => a.Id == id).Select(a => a.Content).FirstOrDefaultAsync(cancellationToken);
        return after is null ? null : new VersionDiff(from, to, before.ChangesTo(after));
    }

    private static async Task<ArticleDetails?> DetailsAsync(KnowledgeDb db, Guid id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return null;
        var versions = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == id)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var audit = await db.ArticleAudit.AsNoTracking().Where(e => e.ArticleId == id)
            .OrderByDescending(e => e.Id).Take(AuditShown).ToListAsync(cancellationToken);
        return new ArticleDetails(article.ToSummary(), article.Content, article.ReviewComment, article.CreatedBy, article.CreatedAt,
            versions.Select(v => v.ToInfo(article.LiveVersion)).ToList(), audit.Select(e => e.ToRecord()).ToList());
    }
}
