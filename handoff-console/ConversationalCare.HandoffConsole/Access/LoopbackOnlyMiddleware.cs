using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>Answers console requests from other machines with 403 problem details, unless remote access is allowed.</summary>
internal sealed class LoopbackOnlyMiddleware(RequestDelegate next, IOptions<HandoffConsoleOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var refusal = ConsoleAccess.Refusal(context.Connection.RemoteIpAddress, options.Value.AllowRemote);
        if (refusal is null) return next(context);
        return TypedResults.Problem(
                title: "The handoff console is not available from this address.",
                detail: refusal,
                statusCode: StatusCodes.Status403Forbidden)
            .ExecuteAsync(context);
    }
}
