using System.Text.Json;

namespace ConversationalCare.Knowledge.Articles;

/// <summary>Reads the demo knowledge base: every <c>*.json</c> file in one folder, each an array of articles.</summary>
public sealed class SampleArticleSource(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>Loads all files; throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public IReadOnlyList<Article> Load()
    {
        if (!System.IO.Directory.Exists(Directory))
            throw new DirectoryNotFoundException($"Knowledge samples directory '{Directory}' does not exist.");

        var articles = new List<Article>();
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var article in Parse(File.ReadAllText(file), file))
            {
                if (!origin.TryAdd(article.Key, file))
                    throw new InvalidDataException($"{file}: article key '{article.Key}' is already used in {origin[article.Key]}.");
                articles.Add(article);
            }
        }

        foreach (var article in articles)
            foreach (var followUp in article.FollowUps.Where(f => !origin.ContainsKey(f.ArticleKey)))
                throw new InvalidDataException(
                    $"{origin[article.Key]}: article '{article.Key}' has a follow-up to '{followUp.ArticleKey}', which no file defines.");
        return articles;
    }

    /// <summary>Parses one file's text; <paramref name="source"/> names it in error messages.</summary>
    public static IReadOnlyList<Article> Parse(string json, string source)
    {
        List<ArticleJson?>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<ArticleJson?>>(json, ArticleJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(
                $"{source}: invalid article JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1} ({ex.Path}): {ex.Message}", ex);
        }

        if (items is null)
            throw new InvalidDataException($"{source}: expected an array of articles but found null.");
        return items.Select((item, index) => ToArticle(item, $"{source}: article #{index + 1}")).ToList();
    }

    private static Article ToArticle(ArticleJson? item, string where)
    {
        if (item is null) throw new InvalidDataException($"{where} is null.");
        where = item.Key is { Length: > 0 } key ? $"{where} ('{key}')" : where;
        return new Article(
            Required(item.Key, "key", where),
            Required(item.Locale, "locale", where),
            Required(item.Category, "category", where),
            Required(item.Question, "question", where),
            (item.AlternateQuestions ?? []).Select(q => Required(q, "alternateQuestions entry", where)).ToList(),
            Required(item.Answer, "answer", where),
            (item.Tags ?? []).Select(t => Required(t, "tags entry", where)).ToList(),
            (item.FollowUps ?? []).Select(f => new FollowUpPrompt(
                Required(f?.Title, "followUps title", where),
                Required(f?.ArticleKey, "followUps articleKey", where))).ToList())
        {
            Products = (item.Products ?? []).Select(p => Required(p, "products entry", where)).ToList(),
            Channels = (item.Channels ?? []).Select(c => Required(c, "channels entry", where)).ToList(),
        };
    }

    private static string Required(string? value, string field, string where) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{where} has no {field}.") : value.Trim();
}
