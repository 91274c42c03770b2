namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>Articles are matched by language, not region: a zh-TW or zh-Hans customer still gets zh-CN articles.</summary>
internal static class LocaleLanguage
{
    public static string Of(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return "";
        var dash = locale.IndexOfAny(['-', '_']);
        return (dash < 0 ? locale : locale[..dash]).Trim().ToLowerInvariant();
    }
}
