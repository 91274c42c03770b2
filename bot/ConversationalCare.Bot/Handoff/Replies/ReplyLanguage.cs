using System.Text.RegularExpressions;

namespace ConversationalCare.Bot.Handoff.Replies;

/// <summary>
/// The language a canned reply is written in: a prefix such as "en" for every English customer, or a full tag such
/// as "zh-CN" for one variety. Stored in one spelling so equal languages compare equal.
/// </summary>
public static partial class ReplyLanguage
{
    public const string Fallback = "en";

    public static bool IsValid(string? language) => language is not null && Tag().IsMatch(language.Trim());

    /// <summary>"ZH-cn" → "zh-CN", "zh-hant" → "zh-Hant": language lower, region upper, script title case.</summary>
    public static string Normalize(string language) =>
        string.Join('-', language.Trim().Split('-').Select((part, index) => index == 0 ? part.ToLowerInvariant() : part.Length switch
        {
            2 => part.ToUpperInvariant(),
            4 => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant(),
            _ => part.ToLowerInvariant(),
        }));

    /// <summary>The language without region or script: "zh-CN" → "zh".</summary>
    public static string Primary(string languageOrLocale) => languageOrLocale.Split('-')[0].Trim().ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex Tag();
}
