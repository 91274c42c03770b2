using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// Gives an API's 401 and 403 a problem-details body saying what is missing, on endpoints that carry
/// <see cref="AsProblems"/>. The bearer handlers set only the status (and WWW-Authenticate), which leaves a script's
/// author guessing whether the token, the role or the route is wrong.
/// </summary>
internal sealed class AgentApiRefusals : IAuthorizationMiddlewareResultHandler
{
    /// <summary>Endpoint metadata: refusals of this endpoint are written as problem details.</summary>
    public static readonly object AsProblems = new RefusalsAsProblems();

    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        await standard.HandleAsync(next, context, policy, result);
        if (!(result.Challenged || result.Forbidden) || context.Response.HasStarted
            || context.GetEndpoint()?.Metadata.GetMetadata<RefusalsAsProblems>() is null) return;

        var roles = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).Distinct().ToList();
        var problem = result.Challenged
            ? TypedResults.Problem("Send a bearer token: Authorization: Bearer <token> from POST /api/agent/token.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first")
            : TypedResults.Problem($"This API is for the role(s) {string.Join(", ", roles)}; {context.User.Identity?.Name ?? "the caller"} has none of them.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not your role");
        await problem.ExecuteAsync(context);
    }

    private sealed class RefusalsAsProblems;
}
