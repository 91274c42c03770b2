using System.Text;

namespace ConversationalCare.Knowledge.Import;

/// <summary>One CSV record: the physical line it starts on (answers may span lines), its fields, or why it is malformed.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>
/// RFC 4180 reading and writing: quoted fields may hold commas, doubled quotes and line breaks. The one CSV reader
/// of the product (article import, the bot's training utterances, evaluation sets).
/// </summary>
public static class CsvRecords
{
    /// <param name="rejectStrayQuotes">Report a quote inside an unquoted field (strict RFC 4180) instead of keeping it
    /// as text; evaluation sets want that, spreadsheets typed by hand ("5\" screen") do not.</param>
    public static IEnumerable<CsvRecord> Read(string text, bool rejectStrayQuotes = false)
    {
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        var line = 1;
        var field = new StringBuilder();
        while (position < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                field.Clear();
                if (text[position] == '"' )
                {
                    var quoteLine = line;
                    position++;
                    var closed = false;
                    while (position < text.Length)
                    {
                        var c = text[position++];
                        if (c == '"')
                        {
                            if (position < text.Length && text[position] == '"') { field.Append('"'); position++; continue; }
                            closed = true;
                            break;
                        }
                        if (c == '\n') line++;
                        field.Append(c);
                    }
                    if (!closed) error ??= $"unterminated quoted field: the quote opened on line {quoteLine} is never closed.";
                    if (position < text.Length && !IsDelimiter(text[position]))
                    {
                        error ??= $"Unexpected text after a closing quote on line {line}; double any quote inside a quoted field (\"\").";
                        while (position < text.Length && !IsDelimiter(text[position])) position++;
                    }
                }
                else
                {
                    while (position < text.Length && !IsDelimiter(text[position])) field.Append(text[position++]);
                    if (rejectStrayQuotes && field.ToString().Contains('"'))
                        error ??= "stray quote inside an unquoted field (quote the field and double its quotes)";
                }
                fields.Add(field.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    // A trailing comma at the very end still means one more (empty) field.
                    if (position == text.Length) fields.Add("");
                    if (position < text.Length) continue;
                }
                break;
            }
            if (position < text.Length && text[position] == '\r') position++;
            if (position < text.Length && text[position] == '\n') position++;
            line++;
            if (fields is [""] && error is null) continue;
            yield return new CsvRecord(start, fields, error);
        }
    }

    public static void Write(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(NeedsQuotes(value) ? $"\"{value.Replace("\"", "\"\"")}\"" : value);
        }
        writer.Write("\r\n");
    }

    private static bool IsDelimiter(char c) => c is ',' or '\r' or '\n';

    private static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
}
