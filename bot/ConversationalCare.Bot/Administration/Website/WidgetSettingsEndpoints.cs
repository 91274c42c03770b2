using ConversationalCare.Bot.Channels.DirectLine;

namespace ConversationalCare.Bot.Administration.Website;

/// <summary>
/// <c>GET /api/widget/settings?locale=</c>: what the admin set for the widget, in the visitor's language, for any site
/// allowed to embed it. Public (it is shown to every visitor anyway) and cacheable briefly.
/// </summary>
public static class WidgetSettingsEndpoints
{
    /// <summary>Short enough that an admin's change shows on the next page load within a minute.</summary>
    private const int CacheSeconds = 30;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/widget/settings", async (string? locale, HttpResponse response, WebsiteChatAdministration website, CancellationToken ct) =>
            {
                var settings = await website.CurrentSettingsAsync(ct);
                var language = WebsiteChatRules.LanguageOf(locale);
                var greeting = settings.Languages![language];
                response.Headers.CacheControl = $"public, max-age={CacheSeconds}";
                return TypedResults.Ok(new WidgetSettings(settings.BrandName!, settings.AccentColor!, language, greeting.WelcomeText ?? "", greeting.StarterQuestions ?? []));
            })
            .RequireCors(DirectLineEndpoints.CorsPolicy)
            .WithTags("Widget")
            .WithSummary("The widget's brand name, accent colour, welcome text and starter questions for a locale (en or zh).");

    public sealed record WidgetSettings(string BrandName, string AccentColor, string Language, string WelcomeText, IReadOnlyList<string> StarterQuestions);
}
