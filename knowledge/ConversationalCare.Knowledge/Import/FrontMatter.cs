namespace ConversationalCare.Knowledge.Import;

/// <summary>
/// The small part of YAML that article front matter needs: <c>name: value</c>, quoted values, inline lists
/// <c>[a, "b, c"]</c> and block lists of <c>- item</c> lines. Anything else is reported with its line, never guessed.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, List<string>> lists = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> scalars = new(StringComparer.OrdinalIgnoreCase);

    public List<(int Line, string Problem)> Problems { get; } = [];
    public IEnumerable<string> Names => scalars.Keys.Concat(lists.Keys);

    public string? Scalar(string name) => scalars.GetValueOrDefault(name) ?? (lists.TryGetValue(name, out var list) && list.Count == 1 ? list[0] : null);

    /// <summary>A list, or one item when written as a plain value; null when the name is absent.</summary>
    public List<string>? List(string name) => lists.GetValueOrDefault(name) ?? (scalars.TryGetValue(name, out var value) ? [value] : null);

    /// <param name="firstLine">The file line number of <paramref name="lines"/>[0].</param>
    public static FrontMatter Parse(IReadOnlyList<string> lines, int firstLine)
    {
        var matter = new FrontMatter();
        List<string>? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (trimmed == "-" || trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                if (open is null) matter.Problems.Add((firstLine + i, "A list item must follow a 'name:' line."));
                else open.Add(Unquote(trimmed[1..].Trim()));
                continue;
            }
            open = null;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                matter.Problems.Add((firstLine + i, $"Expected 'name: value' but found '{trimmed}'."));
                continue;
            }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (matter.scalars.ContainsKey(name) || matter.lists.ContainsKey(name))
                matter.Problems.Add((firstLine + i, $"'{name}' is given twice."));
            else if (value.Length == 0) matter.lists[name] = open = [];
            else if (value.StartsWith('[') && value.EndsWith(']')) matter.lists[name] = InlineList(value[1..^1]);
            else matter.scalars[name] = Unquote(value);
        }
        return matter;
    }

    private static List<string> InlineList(string inner)
    {
        var items = new List<string>();
        var start = 0;
        char? quote = null;
        for (var i = 0; i <= inner.Length; i++)
        {
            if (i < inner.Length && inner[i] is '"' or '\'' && (quote is null || quote == inner[i])) quote = quote is null ? inner[i] : null;
            else if (i == inner.Length || (inner[i] == ',' && quote is null))
            {
                var item = Unquote(inner[start..i].Trim());
                if (item.Length > 0) items.Add(item);
                start = i + 1;
            }
        }
        return items;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\")
        : value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'")
        : value;
}
