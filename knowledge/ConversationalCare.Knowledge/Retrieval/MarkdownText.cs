using System.Text.RegularExpressions;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>Answer text as a reader sees it: link targets would otherwise index "https" and URL paths as words.</summary>
internal static partial class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        return BareUrl().Replace(text, " ");
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareUrl();
}
