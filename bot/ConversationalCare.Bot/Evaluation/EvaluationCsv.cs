using ConversationalCare.Knowledge.Import;
using System.Text;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>One data row of an evaluation CSV, with the physical line it starts on for error messages.</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields[column];
}

/// <summary>Rows, or why the file cannot be used (a message naming the file and, for a bad row, its line).</summary>
public sealed record CsvReadResult(IReadOnlyList<CsvRow> Rows, string? Error)
{
    public static CsvReadResult Failed(string error) => new([], error);
}

/// <summary>
/// Strict RFC 4180 reading for evaluation sets (UTF-8, header required, quoted fields may hold commas, quotes and
/// line breaks). Unlike the training reader it refuses what it cannot read rightly, because a silently skipped
/// row changes the figures: every row must have as many fields as the header and a non-empty text.
/// </summary>
public static class EvaluationCsv
{
    public static CsvReadResult Read(string path, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path)) return CsvReadResult.Failed($"{path}: file not found");
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return Read(reader, requiredColumns, path);
        }
        catch (DecoderFallbackException)
        {
            return CsvReadResult.Failed($"{path}: not valid UTF-8");
        }
    }

    public static CsvReadResult Read(TextReader reader, IReadOnlyList<string> requiredColumns, string name = "input")
    {
        using var records = Records(reader).GetEnumerator();
        if (!records.MoveNext()) return CsvReadResult.Failed($"{name}: empty file, expected a header '{string.Join(',', requiredColumns)}'");
        if (records.Current.Error is { } headerError) return CsvReadResult.Failed($"{name}: line 1: {headerError}");
        var header = records.Current.Fields.Select(c => c.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0 || header.Distinct().Count() != header.Length)
            return CsvReadResult.Failed(
                $"{name}: bad header '{string.Join(',', header)}', expected '{string.Join(',', requiredColumns)}'");

        var rows = new List<CsvRow>();
        while (records.MoveNext())
        {
            var (line, fields, error) = records.Current;
            if (error is not null) return CsvReadResult.Failed($"{name}: line {line}: {error}");
            if (fields is [""]) continue; // blank line
            if (fields.Count != header.Length)
                return CsvReadResult.Failed($"{name}: line {line}: expected {header.Length} fields, found {fields.Count}");
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = fields[i];
            if (row["text"].Trim().Length == 0) return CsvReadResult.Failed($"{name}: line {line}: empty text");
            rows.Add(new CsvRow(line, row));
        }
        return rows.Count == 0 ? CsvReadResult.Failed($"{name}: no data rows") : new CsvReadResult(rows, null);
    }

    private static IEnumerable<CsvRecord> Records(TextReader reader) => CsvRecords.Read(reader.ReadToEnd(), rejectStrayQuotes: true);
}
