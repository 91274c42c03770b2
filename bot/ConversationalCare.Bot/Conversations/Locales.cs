namespace ConversationalCare.Bot.Conversations;

/// <summary>The locales the bot speaks; anything else is answered in English.</summary>
public static class Locales
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";

    public static string Normalize(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public static bool IsChinese(string locale) => locale == Chinese;
}
