using System.Text.RegularExpressions;

namespace ConversationalCare.Knowledge.Articles;

/// <summary>
/// Keys are unique across the whole knowledge base (not just per locale) because follow-up buttons and the
/// catalog address an article by key alone; the demo keys carry their language as a prefix.
/// </summary>
public static partial class ArticleKeys
{
    public const int MaxLength = 100;

    /// <summary>Lower case, so "FAQ-1" from a spreadsheet and "faq-1" from an export are the same article.</summary>
    public static string Normalize(string key) => key.Trim().ToLowerInvariant();

    public static bool IsValid(string key) => key.Length <= MaxLength && KeyPattern().IsMatch(key);

    /// <summary>"en-us" and "EN-US" become "en-US"; script subtags become title case ("zh-hant" → "zh-Hant").</summary>
    public static string NormalizeLocale(string locale) => string.Join('-', locale.Trim().Split('-').Select((part, i) =>
        i == 0 ? part.ToLowerInvariant()
        : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
        : part.Length == 2 ? part.ToUpperInvariant()
        : part.ToLowerInvariant()));

    public static bool IsValidLocale(string locale) => LocalePattern().IsMatch(locale);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LocalePattern();
}
