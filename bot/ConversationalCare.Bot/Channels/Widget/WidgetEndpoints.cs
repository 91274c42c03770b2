using System.Security.Cryptography;
using ConversationalCare.Bot.Channels.DirectLine;

namespace ConversationalCare.Bot.Channels.Widget;

/// <summary>
/// What a website's backend would do with the Direct Line secret, done for our own demo page and widget:
/// hand the browser a token bound to one new conversation, never the secret itself.
/// </summary>
public static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/widget/token", IssueToken).RequireRateLimiting(DirectLineEndpoints.StartLimit)
            .RequireCors(DirectLineEndpoints.CorsPolicy).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> IssueToken(HttpRequest request, DirectLineTokens tokens)
    {
        var (body, _) = await RequestBody.ReadJsonAsync<WidgetTokenRequest>(request, 4096, allowEmpty: true);
        var userId = body?.UserId is { Length: > 0 and <= 64 } requested && !requested.StartsWith("dl_", StringComparison.Ordinal)
            ? requested
            : "dl_" + RandomNumberGenerator.GetHexString(16, lowercase: true);
        var conversationId = DirectLineEndpoints.NewConversationId();
        return TypedResults.Ok(new WidgetToken(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds, userId));
    }

    private sealed record WidgetTokenRequest(string? UserId);

    private sealed record WidgetToken(
        [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName("userId")] string UserId);
}
