using System.Security.Cryptography;
using System.Threading.RateLimiting;
using ConversationalCare.Bot.Activities;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>Direct Line 3.0 under /v3/directline, as botframework-directlinejs and Web Chat call it.</summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";
    public const string StartLimit = "directline-start";
    public const string PostLimit = "directline-post";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(StartLimit);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation).RequireRateLimiting(StartLimit);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivities.Read);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivities.Post).RequireRateLimiting(PostLimit);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUploads.Upload).RequireRateLimiting(PostLimit).DisableAntiforgery();
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.Accept);
        group.MapGet("/attachments/{attachmentId:guid}", DirectLineUploads.Download);
        return app;
    }

    public static void AddRateLimits(RateLimiterOptions limits, DirectLineOptions options)
    {
        limits.AddPolicy(StartLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ConversationsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        limits.AddPolicy(PostLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Request.RouteValues["conversationId"]?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ActivitiesPerMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    /// <summary>The Direct Line CORS policy for a list of origins ("*" allows any; tokens still gate access).</summary>
    public static Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicy CorsPolicyFor(IReadOnlyCollection<string> origins)
    {
        var policy = new Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder();
        if (origins.Contains("*")) policy.AllowAnyOrigin();
        else policy.WithOrigins([.. origins]);
        return policy.WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
            .WithExposedHeaders("Retry-After")
            .Build();
    }

    /// <summary>The site's backend trades its secret for a token bound to one new conversation.</summary>
    private static async Task<IResult> GenerateToken(HttpRequest request, DirectLineAuthentication auth,
        DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (!caller!.HasSecret) return DirectLineError.Forbidden("Generating a token needs the Direct Line secret, not a token.");
        var (parameters, bad) = await RequestBody.ReadJsonAsync<ConversationParameters>(request, options.Value.MaxActivityBytes, allowEmpty: true);
        if (bad is not null) return bad;
        var conversationId = NewConversationId();
        return TypedResults.Ok(new DirectLineConversation(conversationId, tokens.Issue(conversationId, parameters?.User?.Id), tokens.LifetimeSeconds));
    }

    private static async Task<IResult> RefreshToken(HttpRequest request, DirectLineAuthentication auth, DirectLineTokens tokens)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (caller!.HasSecret) return DirectLineError.BadArgument("Only a token can be refreshed; a secret does not expire.");
        return TypedResults.Ok(new DirectLineConversation(caller.ConversationId!, tokens.Issue(caller.ConversationId!, caller.UserId), tokens.LifetimeSeconds));
    }

    private static async Task<IResult> StartConversation(HttpRequest request, DirectLineAuthentication auth,
        DirectLineTokens tokens, DirectLineAdapter adapter, IOptions<DirectLineOptions> options)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        var (parameters, bad) = await RequestBody.ReadJsonAsync<ConversationParameters>(request, options.Value.MaxActivityBytes, allowEmpty: true);
        if (bad is not null) return bad;

        var conversationId = caller!.ConversationId ?? NewConversationId();
        var userId = caller.UserId ?? parameters?.User?.Id ?? $"dl_{RandomId(12)}";
        var user = new ChannelAccount { Id = userId, Name = parameters?.User?.Name };
        var (_, created) = await adapter.StartAsync(conversationId, user, parameters?.Locale, request.HttpContext.RequestAborted);
        var token = tokens.Issue(conversationId, userId);
        var body = new DirectLineConversation(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, options.Value, conversationId, token, null));
        return created ? TypedResults.Created((string?)null, body) : TypedResults.Ok(body);
    }

    /// <summary>After a dropped socket (or a page reload) the client asks for a fresh token and stream URL.</summary>
    private static async Task<IResult> Reconnect(string conversationId, string? watermark, HttpRequest request,
        DirectLineAuthentication auth, DirectLineTokens tokens, Conversations.ConversationStore conversations, IOptions<DirectLineOptions> options)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (!caller!.MayAccess(conversationId)) return DirectLineError.Forbidden("The token is for another conversation.");
        if (!Watermark.TryParse(watermark, out _)) return DirectLineError.BadArgument("The watermark is not one this service issued.");
        var conversation = await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted);
        if (conversation is null) return DirectLineError.NotFound($"Conversation '{conversationId}' does not exist.");
        var token = tokens.Issue(conversationId, caller.UserId);
        return TypedResults.Ok(new DirectLineConversation(conversationId, token, tokens.LifetimeSeconds,
            StreamUrl(request, options.Value, conversationId, token, watermark)));
    }

    private static string StreamUrl(HttpRequest request, DirectLineOptions options, string conversationId, string token, string? watermark)
    {
        var origin = options.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        var socketOrigin = origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + origin[8..] : "ws://" + origin[7..];
        var query = $"t={Uri.EscapeDataString(token)}";
        if (!string.IsNullOrEmpty(watermark)) query += $"&watermark={Uri.EscapeDataString(watermark)}";
        return $"{socketOrigin}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}";
    }

    public static string NewConversationId() => RandomId(22);

    private static string RandomId(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
