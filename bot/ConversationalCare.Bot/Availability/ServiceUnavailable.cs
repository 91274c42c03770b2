using ConversationalCare.Bot.Channels.DirectLine;

namespace ConversationalCare.Bot.Availability;

/// <summary>
/// 503 with Retry-After and a reason, as problem details that also carry Direct Line's <c>error</c> member, so web
/// clients, Bot Framework channels and our widget all read it. Nothing of the request was stored: retrying is safe.
/// </summary>
public static class ServiceUnavailable
{
    public const string Stopping = "This host is stopping; nothing was stored. Retry in a moment (another host, or this one once restarted, will take it).";
    public const string StorageRefusing = "The database is not accepting writes (read-only or out of space); nothing was stored. Retry in a moment.";

    public static async Task WriteAsync(HttpContext context, string reason, TimeSpan retryAfter)
    {
        context.Response.Clear();
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable",
                extensions: new Dictionary<string, object?> { ["error"] = new DirectLineErrorDetail("ServiceUnavailable", reason) })
            .ExecuteAsync(context);
    }
}
