namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>The settings as the page edits them: starter questions and origins one per line.</summary>
public sealed class WebsiteChatFormModel
{
    public string BrandName { get; set; } = "";
    public string AccentColor { get; set; } = "#1f5f54";
    public Dictionary<string, LanguageForm> Languages { get; } = [];
    public bool UseConfiguredOrigins { get; set; } = true;
    public string Origins { get; set; } = "";
    public IReadOnlyList<string> ConfiguredOrigins { get; private set; } = [];

    public sealed class LanguageForm
    {
        public string WelcomeText { get; set; } = "";
        public string StarterQuestions { get; set; } = "";
        public IEnumerable<string> Questions => Lines(StarterQuestions);
    }

    public static WebsiteChatFormModel From(WebsiteChat chat)
    {
        var settings = chat.Settings;
        var form = new WebsiteChatFormModel
        {
            BrandName = settings.BrandName ?? "",
            AccentColor = settings.AccentColor ?? "#1f5f54",
            UseConfiguredOrigins = chat.OriginsFromConfiguration,
            Origins = string.Join('\n', settings.AllowedOrigins ?? []),
            ConfiguredOrigins = chat.OriginsFromConfiguration ? chat.EffectiveAllowedOrigins : [],
        };
        foreach (var (language, greeting) in settings.Languages ?? new Dictionary<string, WebsiteChatLanguage>())
            form.Languages[language] = new LanguageForm { WelcomeText = greeting.WelcomeText ?? "", StarterQuestions = string.Join('\n', greeting.StarterQuestions ?? []) };
        return form;
    }

    public WebsiteChatSettings ToSettings() => new(BrandName, AccentColor,
        Languages.ToDictionary(l => l.Key, l => new WebsiteChatLanguage(l.Value.WelcomeText, [.. l.Value.Questions])),
        UseConfiguredOrigins ? null : [.. Lines(Origins)]);

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
