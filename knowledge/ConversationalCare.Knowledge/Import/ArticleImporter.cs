using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Import;

/// <summary>
/// Imports articles from CSV, JSON or Markdown files. Rows are matched to existing articles by key; bad rows are
/// reported with their line and the good ones still imported; each batch is one transaction.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<KnowledgeDb> dbFactory, PublishedArticles published, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(
        ArticleFileFormat format, IReadOnlyList<ImportSource> sources, ImportOptions options, string actor,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var rows = sources.SelectMany(source => format switch
        {
            ArticleFileFormat.Csv => CsvArticles.Parse(source),
            ArticleFileFormat.Json => JsonArticles.Parse(source),
            _ => [MarkdownArticles.Parse(source)],
        }).ToList();

        var tally = new ImportTally(rows.Count);
        var seen = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        var liveChanged = false;
        progress?.Report(tally.Progress);
        foreach (var batch in rows.Chunk(options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            liveChanged |= await ImportBatchAsync(batch, options, actor, tally, seen, cancellationToken);
            progress?.Report(tally.Progress);
        }
        if (liveChanged) await published.RefreshAfterPublishAsync(cancellationToken);
        return tally.Report(options.DryRun);
    }

    /// <summary>Returns whether anything the bot answers from changed.</summary>
    private async Task<bool> ImportBatchAsync(
        ImportRow[] batch, ImportOptions options, string actor, ImportTally tally, Dictionary<string, ImportRow> seen, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = batch.Where(r => r.Article is not null).Select(r => ArticleKeys.Normalize(r.Article!.Key)).Distinct().ToList();
        var existing = await db.Articles.Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var results = batch.Select(row => (Row: row, Result: Apply(db, row, existing, seen, options, actor, now))).ToList();

        var liveChanged = results.Any(r => r.Result.LiveChanged);
        if (!options.DryRun && results.Any(r => r.Result.Outcome is RowOutcome.Created or RowOutcome.Updated))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // An editor saved one of these articles (or created one of these keys) while the batch was being prepared.
                results = results.Select(r => r.Result.Outcome is RowOutcome.Created or RowOutcome.Updated
                    ? (r.Row, RowResult.Failed("Someone changed this article while it was being imported; import the file again to apply it."))
                    : r).ToList();
                liveChanged = false;
            }
        }
        foreach (var (row, result) in results) tally.Add(row, result);
        return liveChanged && !options.DryRun;
    }

    private static RowResult Apply(
        KnowledgeDb db, ImportRow row, Dictionary<string, StoredArticle> existing, Dictionary<string, ImportRow> seen,
        ImportOptions options, string actor, DateTimeOffset now)
    {
        if (row.Article is not { } input) return RowResult.Failed(row.Error ?? "Unreadable row.");
        var key = ArticleKeys.Normalize(input.Key);
        var locale = ArticleKeys.NormalizeLocale(input.Locale);
        if (key.Length > 0 && !seen.TryAdd(key, row))
            return RowResult.Failed($"The key '{key}' already appeared on line {seen[key].Line}{(seen[key].Source == row.Source ? "" : $" of {seen[key].Source}")}.");

        var article = existing.GetValueOrDefault(key);
        var content = input.ToContent(article?.Content).Normalized();
        if (ArticleRules.Problems(key, locale, content) is { Count: > 0 } problems)
            return RowResult.Failed(string.Join(" ", problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")));

        if (article is null)
        {
            db.Articles.Add(StoredArticle.Create(key, locale, content, actor, now, AuditAction.Imported, options.Publish));
            return new RowResult(RowOutcome.Created, LiveChanged: options.Publish);
        }
        if (article.Locale != locale) return RowResult.Failed($"'{key}' is already a {article.Locale} article; keys are unique across locales.");

        var edit = article.Edit(content, actor, now, AuditAction.Imported);
        if (edit.Outcome == ChangeOutcome.Refused) return RowResult.Failed(edit.Reason!);
        var publish = options.Publish ? article.PublishWithoutReview(actor, now, "import") : ArticleChange.None;
        return edit.Changed || publish.Changed ? new RowResult(RowOutcome.Updated, publish.Changed) : new RowResult(RowOutcome.Unchanged);
    }
}
