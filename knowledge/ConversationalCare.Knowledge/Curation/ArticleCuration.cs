using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Curation;

/// <summary>
/// What content owners do to articles; the API behind the console's curation pages. Every command names the
/// revision the editor started from, so two editors never silently overwrite each other, and anything that changes
/// what is live refreshes the bot's search before returning.
/// </summary>
public sealed partial class ArticleCuration(IDbContextFactory<KnowledgeDb> dbFactory, PublishedArticles published, TimeProvider clock)
{
    public async Task<CurationResult> CreateDraftAsync(string key, string locale, ArticleContent content, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        key = ArticleKeys.Normalize(key);
        locale = ArticleKeys.NormalizeLocale(locale);
        content = content.Normalized();
        if (ArticleRules.Problems(key, locale, content) is { Count: > 0 } problems) return CurationResult.Invalid(problems);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await KeyTakenAsync(db, key, cancellationToken) is { } used) return used;
        var article = StoredArticle.Create(key, locale, content, actor, clock.GetUtcNow());
        db.Articles.Add(article);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor created the same key between our check and our insert; the unique index decided.
            if (await KeyTakenAsync(dbFactory, key, cancellationToken) is { } taken) return taken;
            throw;
        }
        return new CurationResult(CurationOutcome.Done, await DetailsAsync(db, article.Id, cancellationToken));
    }

    public Task<CurationResult> EditAsync(Guid id, int expectedRevision, ArticleContent content, string actor, CancellationToken cancellationToken = default)
    {
        content = content.Normalized();
        if (ArticleRules.Problems(content) is { Count: > 0 } problems) return Task.FromResult(CurationResult.Invalid(problems));
        return ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.Edit(content, actor, now)), cancellationToken);
    }

    public Task<CurationResult> SubmitForReviewAsync(Guid id, int expectedRevision, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.SubmitForReview(actor, now)), cancellationToken);

    public Task<CurationResult> ApproveAsync(Guid id, int expectedRevision, string actor, string? comment = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.Approve(actor, now, comment)), cancellationToken);

    public Task<CurationResult> RejectAsync(Guid id, int expectedRevision, string actor, string comment, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.Reject(actor, now, comment)), cancellationToken);

    public Task<CurationResult> PublishAsync(Guid id, int expectedRevision, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.Publish(actor, now)), cancellationToken);

    public Task<CurationResult> ArchiveAsync(Guid id, int expectedRevision, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, (_, article, now) => Task.FromResult(article.Archive(actor, now)), cancellationToken);

    /// <summary>Brings back version <paramref name="number"/> as a draft, or with <paramref name="publish"/> straight to the bot as a new version.</summary>
    public Task<CurationResult> RestoreVersionAsync(Guid id, int expectedRevision, int number, bool publish, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedRevision, actor, async (db, article, now) =>
        {
            var version = await db.ArticleVersions.SingleOrDefaultAsync(v => v.ArticleId == id && v.Number == number, cancellationToken);
            return version is null
                ? ArticleChange.Refused($"This article has no version {number}.")
                : article.RestoreVersion(version, publish, actor, now);
        }, cancellationToken);

    private async Task<CurationResult> ChangeAsync(
        Guid id, int expectedRevision, string actor, Func<KnowledgeDb, StoredArticle, DateTimeOffset, Task<ArticleChange>> change,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null) return CurationResult.NotFound;
        if (article.Revision != expectedRevision) return await ConflictAsync(id, cancellationToken);

        var liveBefore = article.LiveVersion;
        var outcome = await change(db, article, clock.GetUtcNow());
        if (outcome.Outcome == ChangeOutcome.Refused)
            return new CurationResult(CurationOutcome.Refused, await DetailsAsync(db, id, cancellationToken), outcome.Reason);
        if (outcome.Outcome == ChangeOutcome.Unchanged)
            return new CurationResult(CurationOutcome.Unchanged, await DetailsAsync(db, id, cancellationToken));

        try
        {
            // Revision is a concurrency token: the UPDATE only lands WHERE Revision is still the one we read.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        if (article.LiveVersion != liveBefore) await published.RefreshAfterPublishAsync(cancellationToken);
        return new CurationResult(CurationOutcome.Done, await DetailsAsync(db, id, cancellationToken));
    }

    private async Task<CurationResult> ConflictAsync(Guid id, CancellationToken cancellationToken) =>
        new(CurationOutcome.Conflict, await GetAsync(id, cancellationToken),
            "Someone else changed this article after you opened it; review their changes and try again.");

    private static async Task<CurationResult?> KeyTakenAsync(IDbContextFactory<KnowledgeDb> dbFactory, string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await KeyTakenAsync(db, key, cancellationToken);
    }

    private static async Task<CurationResult?> KeyTakenAsync(KnowledgeDb db, string key, CancellationToken cancellationToken)
    {
        var locale = await db.Articles.Where(a => a.Key == key).Select(a => a.Locale).FirstOrDefaultAsync(cancellationToken);
        return locale is null ? null
            : CurationResult.Invalid(new Dictionary<string, string[]> { ["key"] = [$"The key '{key}' is already used (by a {locale} article)."] });
    }
}
