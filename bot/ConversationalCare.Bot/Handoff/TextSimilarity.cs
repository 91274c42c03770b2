namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// How alike two short messages are: overlap (Dice) of character bigrams over letters and digits, lower-cased.
/// Bigrams work for Chinese without a segmenter and shrug off small typos, which is what "asked again" looks like.
/// </summary>
public static class TextSimilarity
{
    public static double Of(string? a, string? b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0) return 0;
        var shared = left.Intersect(right).Count();
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string? text)
    {
        var letters = new string((text ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++) bigrams.Add(letters.Substring(i, 2));
        return bigrams;
    }
}
