using System.Text;
using ConversationalCare.Bot.Handoff;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// When two customer questions count as the same gap: equal once lower-cased with punctuation and extra spaces
/// dropped (full-width forms folded, so "退货？" and "退货?" agree), or alike enough by character bigrams that
/// only a typo or a filler word sets them apart.
/// </summary>
public static class GapWording
{
    /// <summary>Dice overlap of character bigrams above which two wordings are one gap.</summary>
    public const double SameGap = 0.8;

    public static string Normalize(string? text)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
            kept.Append(char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c) ? ' ' : c);
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Character bigrams over letters and digits, as <see cref="TextSimilarity"/> compares them.</summary>
    public static HashSet<string> Bigrams(string normalized)
    {
        var letters = new string(normalized.Where(char.IsLetterOrDigit).ToArray());
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++) bigrams.Add(letters.Substring(i, 2));
        // A one-letter question still needs something to compare by.
        if (letters.Length == 1) bigrams.Add(letters);
        return bigrams;
    }
}
