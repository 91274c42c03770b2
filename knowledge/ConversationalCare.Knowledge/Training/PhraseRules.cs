using System.Text;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Training;

/// <summary>What a phrase must be before the bot may learn from it.</summary>
public static class PhraseRules
{
    public const int MaxTextLength = 500;

    /// <summary>Trimmed, with runs of white space (line breaks from a pasted list) as one space.</summary>
    public static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The form duplicates are found by: "Where is my PARCEL?" and "where is my parcel?" teach the same thing.</summary>
    public static string Fingerprint(string text) => Clean(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();

    public static string NormalizeLocale(string locale) => ArticleKeys.NormalizeLocale(locale);

    /// <summary>Why the label and locale cannot take phrases, or null when they can.</summary>
    public static string? TargetProblem(TrainingTaxonomy taxonomy, TrainingKind kind, string label, string locale)
    {
        if (!taxonomy.Knows(kind, label))
            return $"'{label}' is not one of the bot's {(kind == TrainingKind.Intent ? "intents" : "emotions")}: {string.Join(", ", taxonomy.LabelsOf(kind))}.";
        if (!taxonomy.Speaks(locale))
            return $"The bot does not speak '{locale}'; use one of {string.Join(", ", taxonomy.Locales)}.";
        return null;
    }

    /// <summary>Why this (cleaned) text cannot be a phrase, or null when it can.</summary>
    public static string? TextProblem(string text) =>
        text.Length == 0 ? "A phrase needs some words."
        : text.Length > MaxTextLength ? $"Keep a phrase to {MaxTextLength} characters; this one has {text.Length}."
        : null;
}
