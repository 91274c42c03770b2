using System.Text;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Import;

/// <summary>Articles as CSV rows: <c>key,locale,category,question,alternates,answer,tags</c>, lists separated by <c>|</c>.</summary>
internal static class CsvArticles
{
    public static readonly string[] Header = ["key", "locale", "category", "question", "alternates", "answer", "tags"];
    private static readonly string[] Required = ["key", "locale", "category", "question", "answer"];
    // Columns beyond the standard header that an import also understands.
    private static readonly string[] Optional = ["alternates", "tags", "products", "channels"];

    public static IEnumerable<ImportRow> Parse(ImportSource source)
    {
        using var records = CsvRecords.Read(source.Text).GetEnumerator();
        if (!records.MoveNext())
        {
            yield return ImportRow.Failed(source.Name, 1, $"The file is empty; expected the header {string.Join(',', Header)}.");
            yield break;
        }
        var columns = records.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (HeaderProblem(columns) is { } problem)
        {
            yield return ImportRow.Failed(source.Name, records.Current.Line, problem);
            yield break;
        }

        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.Error is not null) yield return ImportRow.Failed(source.Name, record.Line, record.Error);
            else if (record.Fields.Count != columns.Count)
                yield return ImportRow.Failed(source.Name, record.Line, $"Expected {columns.Count} fields but found {record.Fields.Count}.");
            else yield return new ImportRow(source.Name, record.Line, ToInput(columns, record.Fields));
        }
    }

    public static void Write(TextWriter writer, IEnumerable<(string Key, string Locale, ArticleContent Content)> articles)
    {
        CsvRecords.Write(writer, Header);
        foreach (var (key, locale, content) in articles)
            CsvRecords.Write(writer, [key, locale, content.Category, content.Question, JoinList(content.AlternateQuestions), content.Answer, JoinList(content.Tags)]);
    }

    private static string? HeaderProblem(List<string> columns)
    {
        if (columns.FirstOrDefault(c => !Required.Contains(c) && !Optional.Contains(c)) is { } unknown)
            return $"Unknown column '{unknown}'; the header is {string.Join(',', Header)}.";
        if (columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            return $"The column '{repeated.Key}' appears twice.";
        var missing = Required.Where(r => !columns.Contains(r)).ToList();
        return missing.Count > 0 ? $"Missing column(s) {string.Join(", ", missing)}; the header is {string.Join(',', Header)}." : null;
    }

    private static ArticleInput ToInput(List<string> columns, IReadOnlyList<string> fields)
    {
        string Value(string column) => columns.IndexOf(column) is >= 0 and var i ? fields[i] : "";
        IReadOnlyList<string>? OptionalList(string column) => columns.Contains(column) ? SplitList(Value(column)) : null;
        return new ArticleInput(Value("key"), Value("locale"), Value("category"), Value("question"),
            SplitList(Value("alternates")), Value("answer"), SplitList(Value("tags")),
            Products: OptionalList("products"), Channels: OptionalList("channels"));
    }

    /// <summary>Splits on <c>|</c>; <c>\|</c> is a literal bar and <c>\\</c> a literal backslash.</summary>
    internal static List<string> SplitList(string value)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '|' or '\\') item.Append(value[++i]);
            else if (value[i] == '|') { items.Add(item.ToString().Trim()); item.Clear(); }
            else item.Append(value[i]);
        }
        items.Add(item.ToString().Trim());
        return items.Where(i => i.Length > 0).ToList();
    }

    internal static string JoinList(IEnumerable<string> items) =>
        string.Join('|', items.Select(i => i.Replace("\\", "\\\\").Replace("|", "\\|")));
}
