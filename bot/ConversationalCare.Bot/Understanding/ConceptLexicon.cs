using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Folds words that mean the same thing to the support desk, in either language, into one concept ("parcel",
/// "快递", "物流" → delivery), which the models see as extra features beside the n-grams. With ~50 examples per
/// intent per language, this is what lets an English example teach the Chinese side and a paraphrase find its
/// intent. The models still decide; a concept is only evidence.
/// </summary>
public sealed partial class ConceptLexicon
{
    // Per concept: Chinese phrases match anywhere, English ones only where a word starts.
    private readonly (string Concept, SearchValues<string> Anywhere, SearchValues<string> AtWordStart)[] _concepts;

    // Every long English word and each of its one-letter-shorter forms → (word, concept): two words one edit apart
    // always share such a form, so a typo is found by lookup instead of comparing against every word.
    private readonly Dictionary<string, List<(string Known, string Concept)>> _nearWords = [];

    public ConceptLexicon(IReadOnlyDictionary<string, string[]> concepts)
    {
        _concepts = concepts.Select(concept => (
            concept.Key,
            SearchValues.Create(concept.Value.Where(phrase => phrase.Any(TrainingText.IsHan)).ToArray(), StringComparison.Ordinal),
            SearchValues.Create(concept.Value.Where(phrase => !phrase.Any(TrainingText.IsHan)).ToArray(), StringComparison.Ordinal)))
            .ToArray();
        foreach (var (concept, phrases) in concepts)
            foreach (var known in phrases.Where(phrase => phrase.Length >= MinimumFuzzyLength && phrase.All(char.IsAsciiLetterLower)))
                foreach (var form in FormsOf(known))
                {
                    if (!_nearWords.TryGetValue(form, out var entries)) _nearWords[form] = entries = [];
                    entries.Add((known, concept));
                }
    }

    // Shorter words have too many one-letter neighbours ("card"/"cart") to forgive a typo.
    private const int MinimumFuzzyLength = 5;

    /// <summary>The concepts present in a text, space-separated, for a word-bag featurizer.</summary>
    public string Concepts(string text)
    {
        var lower = " " + text.Normalize(NormalizationForm.FormKC).ToLowerInvariant() + " ";
        var misspelt = MisspeltConcepts(lower);
        var found = new StringBuilder();
        foreach (var (concept, anywhere, atWordStart) in _concepts)
            if (misspelt.Contains(concept) || lower.AsSpan().ContainsAny(anywhere) || ContainsAtWordStart(lower, atWordStart))
                found.Append(concept).Append(' ');
        return found.ToString();
    }

    // Customers type fast: "refnud", "pasword" still mean refund and password.
    private HashSet<string> MisspeltConcepts(string lower)
    {
        var concepts = new HashSet<string>();
        foreach (Match word in AsciiWords().Matches(lower))
        {
            if (word.Length < MinimumFuzzyLength) continue;
            foreach (var form in FormsOf(word.Value))
                if (_nearWords.TryGetValue(form, out var entries))
                    foreach (var (known, concept) in entries)
                        if (IsOneEditAway(word.Value, known)) concepts.Add(concept);
        }
        return concepts;
    }

    private static IEnumerable<string> FormsOf(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    // At word starts, so "ship" finds "shipped" but "hi" is not found in "this".
    private static bool ContainsAtWordStart(string text, SearchValues<string> phrases)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(phrases);
            if (at < 0) return false;
            at += from;
            if (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>One letter inserted, dropped, changed, or two neighbours swapped ("refnud").</summary>
    public static bool IsOneEditAway(string typed, string known)
    {
        if (Math.Abs(typed.Length - known.Length) > 1 || typed == known) return false;
        var start = 0;
        while (start < typed.Length && start < known.Length && typed[start] == known[start]) start++;
        var typedEnd = typed.Length;
        var knownEnd = known.Length;
        while (typedEnd > start && knownEnd > start && typed[typedEnd - 1] == known[knownEnd - 1]) { typedEnd--; knownEnd--; }
        var typedMiddle = typedEnd - start;
        var knownMiddle = knownEnd - start;
        return typedMiddle <= 1 && knownMiddle <= 1 ||
               typedMiddle == 2 && knownMiddle == 2 && typed[start] == known[start + 1] && typed[start + 1] == known[start];
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex AsciiWords();
}
