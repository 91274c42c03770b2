using ConversationalCare.Knowledge.Import;
using System.Text;
using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Reads RFC 4180 CSV with a header row (quoted fields may hold commas, quotes and line breaks), the format the
/// team writes training data in and the evaluation sets use.
/// </summary>
public static class UtteranceCsv
{
    /// <summary>Utterances from a CSV with a <c>text</c> column, the given label column and an optional <c>locale</c>.</summary>
    public static IReadOnlyList<Utterance> Read(string path, string labelColumn)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, labelColumn);
    }

    public static IReadOnlyList<Utterance> Read(TextReader reader, string labelColumn) =>
        Rows(reader)
            .Where(row => row.GetValueOrDefault("text") is { Length: > 0 } && row.GetValueOrDefault(labelColumn) is { Length: > 0 })
            .Select(row => new Utterance(row["text"], row[labelColumn].Trim(),
                // Without a locale column the script decides, as it does for live messages.
                row.GetValueOrDefault("locale") is { Length: > 0 } locale
                    ? Locales.Normalize(locale)
                    : LanguageMiddleware.LanguageOf(row["text"]) ?? Locales.English))
            .ToList();

    /// <summary>Each data row as column name → value; short rows get empty strings.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(TextReader reader)
    {
        using var records = Records(reader).GetEnumerator();
        if (!records.MoveNext()) yield break;
        var header = records.Current.Select(name => name.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        while (records.MoveNext())
        {
            var fields = records.Current;
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Count ? fields[i] : "";
            yield return row;
        }
    }

    // Training files are ours and lenient reading is enough; evaluation sets are read strictly.
    private static IEnumerable<IReadOnlyList<string>> Records(TextReader reader) =>
        CsvRecords.Read(reader.ReadToEnd()).Select(record => record.Fields);
}
