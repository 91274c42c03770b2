using System.Security.Claims;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// <c>/api/account/two-step</c>: the account page's two-step setup for tools, with the caller's own bearer token.
/// Turning it on or off renews the account's security stamp, so the token used is withdrawn: sign in again after.
/// </summary>
public static class AccountTwoStepEndpoints
{
    public sealed record TwoStepCode(string? Code);
    public sealed record TwoStepState(bool Enabled, string? SharedKey, string? AuthenticatorUri);
    public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

    public static void MapAccountTwoStep(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/api/account/two-step").WithTags("Agent API")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme });
        account.MapGet("", SetupAsync).WithSummary("Whether two-step sign-in is on; when off, the key and otpauth address to put in an authenticator app.");
        account.MapPost("/enable", EnableAsync).WithSummary("Turns two-step sign-in on with a first code from the app; returns recovery codes once.");
        account.MapPost("/disable", DisableAsync).WithSummary("Turns two-step sign-in off, unless your role requires it.");
    }

    private static async Task<Results<Ok<TwoStepState>, UnauthorizedHttpResult>> SetupAsync(ClaimsPrincipal principal,
        UserManager<ConsoleUser> users, IUserStore<ConsoleUser> store)
    {
        if (await users.GetUserAsync(principal) is not { } user) return TypedResults.Unauthorized();
        if (user.TwoFactorEnabled) return TypedResults.Ok(new TwoStepState(true, null, null));
        var setup = await TwoStepSignIn.SetupAsync(users, store, user);
        return TypedResults.Ok(new TwoStepState(false, setup.SharedKey, setup.AuthenticatorUri));
    }

    private static async Task<Results<Ok<RecoveryCodes>, ValidationProblem, UnauthorizedHttpResult>> EnableAsync(TwoStepCode body,
        ClaimsPrincipal principal, UserManager<ConsoleUser> users)
    {
        if (await users.GetUserAsync(principal) is not { } user) return TypedResults.Unauthorized();
        var codes = await TwoStepSignIn.EnableAsync(users, user, body.Code ?? "");
        return codes is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["That code is not right; send the one the app shows now."] })
            : TypedResults.Ok(new RecoveryCodes(codes));
    }

    private static async Task<Results<NoContent, ProblemHttpResult, UnauthorizedHttpResult>> DisableAsync(ClaimsPrincipal principal,
        UserManager<ConsoleUser> users, HandoffConsole.Administration.ISignInPolicy policy, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user) return TypedResults.Unauthorized();
        var required = await policy.TwoStepRolesAsync(ct);
        if (required.Any(principal.IsInRole))
            return TypedResults.Problem("Your role requires two-step sign-in; an admin decides that.", statusCode: StatusCodes.Status409Conflict);
        await TwoStepSignIn.DisableAsync(users, user);
        return TypedResults.NoContent();
    }
}
