using System.Globalization;
using System.Text;

namespace ConversationalCare.Knowledge.Import;

/// <summary>One file an editor chose or uploaded: its name, its size as the sender states it, and a way to read it.</summary>
public sealed record ImportFile(string Name, long Size, Func<Stream> Open);

/// <summary>
/// Reads the files an editor picked for import, from the console page or the authoring API alike, so both accept the
/// same formats and refuse the same mistakes in the same words. Problems come back as sentences, not exceptions.
/// </summary>
public static class ImportFiles
{
    /// <summary>Per file: a knowledge base of a few thousand articles fits comfortably; a mistaken pick (a video) does not.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 50;

    public sealed record Chosen(ArticleFileFormat Format, IReadOnlyList<ImportSource> Sources);

    public static async Task<(Chosen? Files, string? Problem)> ReadAsync(IReadOnlyList<ImportFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0) return (null, "Choose a CSV, JSON or Markdown file.");
        if (files.Count > MaxFiles) return (null, $"Choose at most {MaxFiles} files at a time.");
        var formats = files.Select(f => (File: f, Format: ArticleFileFormats.FromFileName(f.Name))).ToList();
        if (formats.FirstOrDefault(f => f.Format is null).File is { } unknown)
            return (null, $"“{unknown.Name}” is not a .csv, .json or .md file; those are the formats the import reads.");
        if (formats.Select(f => f.Format).Distinct().Count() > 1)
            return (null, "Choose files of one format at a time (all CSV, all JSON or all Markdown).");
        if (files.FirstOrDefault(f => f.Size > MaxFileBytes) is { } large)
            return (null, $"“{large.Name}” is {Megabytes(large.Size)}; files up to {Megabytes(MaxFileBytes)} can be imported. Split it into smaller files.");

        var sources = new List<ImportSource>();
        foreach (var file in files)
        {
            await using var stream = file.Open();
            // UTF-8 unless the file's byte order mark says otherwise (spreadsheet exports often carry one).
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            sources.Add(new ImportSource(file.Name, await reader.ReadToEndAsync(cancellationToken)));
        }
        return (new Chosen(formats[0].Format!.Value, sources), null);
    }

    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes < 1024 * 1024 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + " MB";
}
