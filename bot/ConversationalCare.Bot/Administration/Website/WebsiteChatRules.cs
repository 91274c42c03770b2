using System.Text.RegularExpressions;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.Website;

/// <summary>What a valid website chat looks like, and what a fresh install shows before an admin changes anything.</summary>
public static partial class WebsiteChatRules
{
    /// <summary>The languages the widget speaks; each gets its own welcome text and starter questions.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "zh"];

    public const int BrandNameMax = 60;
    public const int WelcomeTextMax = 500;
    public const int StarterQuestionsMax = 6;
    public const int StarterQuestionMax = 120;

    public static readonly WebsiteChatSettings Defaults = new("Lumen & Co", "#1f5f54", new Dictionary<string, WebsiteChatLanguage>
    {
        ["en"] = new("Hi! Ask us about orders, delivery, returns or our products.", ["Where is my parcel?", "How do I return an item?"]),
        ["zh"] = new("您好！订单、配送、退换货或商品问题都可以问我们。", ["我的快递到哪了？", "怎么退货？"]),
    }, null);

    /// <summary>"zh-CN", "zh" → "zh"; anything else is English, as in the widget.</summary>
    public static string LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";

    /// <summary>Trims and fills in what was left out; returns the field problems, keyed the way the JSON names them.</summary>
    public static (WebsiteChatSettings Normalized, Dictionary<string, string[]> Problems) Check(WebsiteChatSettings settings)
    {
        var problems = new Dictionary<string, string[]>();
        var brand = settings.BrandName?.Trim() ?? "";
        if (brand.Length is 0 or > BrandNameMax) problems["brandName"] = [$"Give a brand name of 1 to {BrandNameMax} characters."];
        var color = settings.AccentColor?.Trim().ToLowerInvariant() ?? "";
        if (!Color().IsMatch(color)) problems["accentColor"] = ["Give the accent colour as #rrggbb, for example #1f5f54."];

        var languages = new Dictionary<string, WebsiteChatLanguage>();
        foreach (var (language, given) in settings.Languages ?? new Dictionary<string, WebsiteChatLanguage>())
        {
            if (!Languages.Contains(language)) { problems[$"languages.{language}"] = [$"Languages are {string.Join(", ", Languages)}."]; continue; }
            var welcome = given?.WelcomeText?.Trim() ?? "";
            if (welcome.Length > WelcomeTextMax) problems[$"languages.{language}.welcomeText"] = [$"Keep the welcome text to {WelcomeTextMax} characters."];
            var questions = (given?.StarterQuestions ?? []).Select(q => q?.Trim() ?? "").Where(q => q.Length > 0).ToList();
            if (questions.Count > StarterQuestionsMax) problems[$"languages.{language}.starterQuestions"] = [$"Offer at most {StarterQuestionsMax} starter questions."];
            if (questions.Any(q => q.Length > StarterQuestionMax)) problems[$"languages.{language}.starterQuestions"] = [$"Keep each starter question to {StarterQuestionMax} characters."];
            languages[language] = new(welcome, questions);
        }
        foreach (var language in Languages) languages.TryAdd(language, Defaults.Languages![language]);

        List<string>? origins = null;
        if (settings.AllowedOrigins is { } givenOrigins)
        {
            origins = [];
            foreach (var origin in givenOrigins)
            {
                if (NormalizeOrigin(origin) is { } normalized) { if (!origins.Contains(normalized)) origins.Add(normalized); }
                else problems["allowedOrigins"] = [$"'{origin}' is not an origin: give http(s)://host[:port] without a path, or \"*\" for any site."];
            }
        }
        return (new WebsiteChatSettings(brand, color, languages, origins), problems);
    }

    /// <summary>"https://Shop.Example:443/" → "https://shop.example"; null when it is not an origin (a path, a query, another scheme).</summary>
    public static string? NormalizeOrigin(string? origin)
    {
        var trimmed = origin?.Trim() ?? "";
        if (trimmed == "*") return "*";
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return null;
        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex Color();
}
