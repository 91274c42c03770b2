using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// Guards <c>/metrics</c>: this machine may always read it; anywhere else needs the configured bearer token.
/// A request a proxy forwarded arrives over loopback, so it counts as remote: the proxy is not the scraper.
/// </summary>
public sealed class MetricsAccess(IOptionsMonitor<TelemetryOptions> options)
{
    public Task GuardAsync(HttpContext context, Func<Task> next)
    {
        var token = options.CurrentValue.MetricsToken;
        var presented = BearerToken(context.Request);
        if (presented is not null)
        {
            if (token is not null && Matches(presented, token)) return next();
            return RefuseAsync(context, StatusCodes.Status403Forbidden, "Wrong metrics token",
                token is null
                    ? "This host has no metrics token; set ConversationalCare:Telemetry:MetricsToken, or scrape from this machine without one."
                    : "The bearer token is not this host's ConversationalCare:Telemetry:MetricsToken.");
        }
        if (IsLocal(context)) return next();
        return token is null
            // Without a token the endpoint does not exist for other machines.
            ? RefuseAsync(context, StatusCodes.Status404NotFound, "Metrics are served to this machine only",
                "Scrape from the host itself, or set ConversationalCare:Telemetry:MetricsToken and send it as a bearer token.")
            : RefuseAsync(context, StatusCodes.Status401Unauthorized, "Metrics need a token",
                "Send the metrics token as 'Authorization: Bearer <token>'.");
    }

    private static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded");

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;

    // Constant time, so response timing says nothing about how much of a guess was right.
    private static bool Matches(string presented, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));

    private static Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
    }
}
