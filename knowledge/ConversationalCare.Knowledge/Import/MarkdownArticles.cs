using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Import;

/// <summary>
/// One article per Markdown file:
/// <code>
/// ---
/// key: en-gift-wrap
/// locale: en-US
/// category: Orders
/// tags: [gift, wrapping]
/// alternates:
///   - Can you wrap my order?
/// ---
/// # Do you offer gift wrapping?
/// Yes: choose **Gift wrap** at checkout.
/// </code>
/// Optional front matter: <c>products</c>, <c>channels</c>, and <c>followUps</c> as <c>Title -> article-key</c> items.
/// </summary>
internal static class MarkdownArticles
{
    private static readonly string[] Known = ["key", "locale", "category", "tags", "alternates", "alternateQuestions", "products", "channels", "followUps"];

    public static ImportRow Parse(ImportSource source)
    {
        var lines = source.Text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines[0].Trim() != "---")
            return ImportRow.Failed(source.Name, 1, "Start the file with front matter between two '---' lines (key, locale, category, …).");
        var close = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (close < 0) return ImportRow.Failed(source.Name, 1, "The front matter opened on line 1 is never closed with '---'.");

        var matter = FrontMatter.Parse(lines[1..close], firstLine: 2);
        if (matter.Problems is [var (problemLine, problem), ..]) return ImportRow.Failed(source.Name, problemLine, problem, matter.Scalar("key"));
        if (matter.Names.FirstOrDefault(n => !Known.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            return ImportRow.Failed(source.Name, 1, $"Unknown front matter '{unknown}'; use {string.Join(", ", Known)}.", matter.Scalar("key"));

        var heading = Array.FindIndex(lines, close + 1, l => l.Trim().Length > 0);
        if (heading < 0 || !lines[heading].StartsWith("# ", StringComparison.Ordinal))
            return ImportRow.Failed(source.Name, heading < 0 ? close + 2 : heading + 1,
                "Put the question as the first line after the front matter, as a '# ' heading.", matter.Scalar("key"));

        var followUps = matter.List("followUps")?.Select(FollowUp).ToList();
        if (followUps?.Contains(null) == true)
            return ImportRow.Failed(source.Name, 1, "Write each follow-up as 'Title -> article-key'.", matter.Scalar("key"));

        return new ImportRow(source.Name, 1, new ArticleInput(
            matter.Scalar("key") ?? "", matter.Scalar("locale") ?? "", matter.Scalar("category") ?? "",
            lines[heading][2..].Trim(),
            matter.List("alternates") ?? matter.List("alternateQuestions") ?? [],
            string.Join('\n', lines[(heading + 1)..]).Trim(),
            matter.List("tags") ?? [],
            followUps?.Select(f => f!).ToList(), matter.List("products"), matter.List("channels")));
    }

    private static FollowUpPrompt? FollowUp(string item)
    {
        var arrow = item.LastIndexOf("->", StringComparison.Ordinal);
        return arrow > 0 ? new FollowUpPrompt(item[..arrow].Trim(), item[(arrow + 2)..].Trim()) : null;
    }
}
