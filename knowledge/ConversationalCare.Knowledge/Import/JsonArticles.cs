using System.Text;
using System.Text.Json;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Import;

/// <summary>Articles as a JSON array shaped like the demo sample files; each article is a row, located by its line.</summary>
internal static class JsonArticles
{
    public static List<ImportRow> Parse(ImportSource source)
    {
        var bytes = Encoding.UTF8.GetBytes(source.Text.TrimStart('\uFEFF'));
        var rows = new List<ImportRow>();
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                return [ImportRow.Failed(source.Name, 1, "Expected a JSON array of articles, like the sample files.")];
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineAt(reader.TokenStartIndex);
                // Parsed as a whole element first so that one article of the wrong shape does not stop the rest.
                using var element = JsonDocument.ParseValue(ref reader);
                rows.Add(ToRow(source.Name, line, element.RootElement));
            }
        }
        catch (JsonException ex)
        {
            rows.Add(ImportRow.Failed(source.Name, (int)(ex.LineNumber ?? 0) + 1, $"The file is not valid JSON from here on: {ex.Message}"));
        }
        return rows;
    }

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<(string Key, string Locale, ArticleContent Content)> articles, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = ArticleJson.Options.Encoder });
        writer.WriteStartArray();
        await foreach (var (key, locale, content) in articles.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(writer, ArticleJson.From(key, locale, content), ArticleJson.Options);
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync(cancellationToken);
        }
        writer.WriteEndArray();
    }

    private static ImportRow ToRow(string source, int line, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return ImportRow.Failed(source, line, "Expected an article object here.");
        var key = element.TryGetProperty("key", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        ArticleJson item;
        try
        {
            item = element.Deserialize<ArticleJson>(ArticleJson.Options)!;
        }
        catch (JsonException ex)
        {
            return ImportRow.Failed(source, line, ex.Message, key);
        }
        if (item.FollowUps?.Any(f => string.IsNullOrWhiteSpace(f?.Title) || string.IsNullOrWhiteSpace(f?.ArticleKey)) == true)
            return ImportRow.Failed(source, line, "Every follow-up needs a title and an articleKey.", key);
        return new ImportRow(source, line, new ArticleInput(
            item.Key ?? "", item.Locale ?? "", item.Category ?? "", item.Question ?? "", Strings(item.AlternateQuestions) ?? [],
            item.Answer ?? "", Strings(item.Tags) ?? [], item.FollowUps?.Select(f => new FollowUpPrompt(f!.Title!, f.ArticleKey!)).ToList(),
            Strings(item.Products), Strings(item.Channels)));
    }

    private static List<string>? Strings(List<string?>? items) => items?.Where(i => i is not null).Select(i => i!).ToList();

    /// <summary>Turns byte offsets into line numbers in one forward pass (articles arrive in file order).</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long offset;
        private int line = 1;

        public int LineAt(long target)
        {
            for (; offset < target && offset < bytes.Length; offset++)
                if (bytes[offset] == (byte)'\n') line++;
            return line;
        }
    }
}
