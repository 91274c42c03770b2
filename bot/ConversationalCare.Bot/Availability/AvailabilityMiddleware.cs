namespace ConversationalCare.Bot.Availability;

/// <summary>
/// The edge where "cannot take this now" becomes 503 instead of 500: requests that would store something while the
/// host stops, and any request the database refused to store.
/// </summary>
public sealed class AvailabilityMiddleware(RequestDelegate next, GracefulStop stop, ILogger<AvailabilityMiddleware> logger)
{
    private static readonly TimeSpan RetryWhileStopping = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryWhileStorageRefuses = TimeSpan.FromSeconds(10);

    public async Task InvokeAsync(HttpContext context)
    {
        if (stop.IsStopping && !IsRead(context.Request.Method))
        {
            await ServiceUnavailable.WriteAsync(context, ServiceUnavailable.Stopping, RetryWhileStopping);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception error) when (WriteRefusal.Cause(error) is { } cause && !context.Response.HasStarted)
        {
            logger.LogWarning("The database refused a write ({Reason}); answering {Path} with 503", cause.Message, context.Request.Path);
            WriteRefusal.ForgetReadOnlyConnections(cause);
            await ServiceUnavailable.WriteAsync(context, ServiceUnavailable.StorageRefusing, RetryWhileStorageRefuses);
        }
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
