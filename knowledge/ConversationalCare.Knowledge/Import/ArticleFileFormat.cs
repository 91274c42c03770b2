namespace ConversationalCare.Knowledge.Import;

public enum ArticleFileFormat
{
    /// <summary>Header <c>key,locale,category,question,alternates,answer,tags</c>; lists separated by <c>|</c>.</summary>
    Csv,
    /// <summary>An array of articles shaped like the demo sample files.</summary>
    Json,
    /// <summary>One article per file: front matter, the question as the first <c># </c> heading, then the answer.</summary>
    Markdown,
}

public static class ArticleFileFormats
{
    /// <summary>The format a file's extension suggests; null when it suggests none.</summary>
    public static ArticleFileFormat? FromFileName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".csv" => ArticleFileFormat.Csv,
        ".json" => ArticleFileFormat.Json,
        ".md" or ".markdown" => ArticleFileFormat.Markdown,
        _ => null,
    };
}

/// <summary>One uploaded file: its name (for error messages) and its text.</summary>
public sealed record ImportSource(string Name, string Text);
