using System.Runtime.CompilerServices;
using System.Text;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Import;

/// <summary>Writes articles' working copies (what editors see) as CSV or JSON that the importer reads back unchanged.</summary>
public sealed class ArticleExporter(IDbContextFactory<KnowledgeDb> dbFactory)
{
    /// <exception cref="ArgumentOutOfRangeException">Markdown: one file per article does not fit one stream.</exception>
    public async Task ExportAsync(ArticleFileFormat format, ArticleFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        if (format == ArticleFileFormat.Json)
        {
            await JsonArticles.WriteAsync(output, ReadAsync(filter, cancellationToken), cancellationToken);
            return;
        }
        ArgumentOutOfRangeException.ThrowIfNotEqual((int)format, (int)ArticleFileFormat.Csv, nameof(format));
        // UTF-8 with a byte order mark, so spreadsheet programs show Chinese instead of mojibake.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var rows = new List<(string, string, ArticleContent)>();
        await foreach (var article in ReadAsync(filter, cancellationToken)) rows.Add(article);
        CsvArticles.Write(writer, rows);
        await writer.FlushAsync(cancellationToken);
    }

    private async IAsyncEnumerable<(string Key, string Locale, ArticleContent Content)> ReadAsync(
        ArticleFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = filter.Apply(db.Articles.AsNoTracking()).OrderBy(a => a.Locale).ThenBy(a => a.Key)
            .Select(a => new { a.Key, a.Locale, a.Content }).AsAsyncEnumerable();
        await foreach (var article in articles.WithCancellation(cancellationToken))
            yield return (article.Key, article.Locale, article.Content);
    }
}
