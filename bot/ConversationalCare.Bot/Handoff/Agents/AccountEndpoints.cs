using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// <c>POST /api/account/password</c>: anyone changes their own password, proving it with the current one. It needs no
/// token, because a person whose password an admin reset cannot get a token until they have chosen their own.
/// </summary>
public static class AccountEndpoints
{
    public sealed record PasswordChangeRequest(string? UserName, string? CurrentPassword, string? NewPassword);

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/account/password", ChangePasswordAsync).AllowAnonymous().WithTags("Agent API")
            .WithSummary("Changes your own password (userName, currentPassword, newPassword); ends your other sessions.");
        endpoints.MapAccountTwoStep();
        return endpoints;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(PasswordChangeRequest body, StaffSignInManager signIn)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.CurrentPassword) || string.IsNullOrEmpty(body.NewPassword))
            return TypedResults.Problem("Send userName, currentPassword and newPassword.", statusCode: StatusCodes.Status400BadRequest);
        var user = await signIn.UserManager.FindByNameAsync(body.UserName);
        var check = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, body.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded) return Refused(check);
        var changed = await OwnPassword.ChangeAsync(signIn.UserManager, user!, body.CurrentPassword, body.NewPassword, body.NewPassword);
        return changed.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [.. changed.Errors.Select(e => e.Description)] },
                title: "The new password is not accepted");
    }

    /// <summary>The same words for a failed password check wherever a password is checked.</summary>
    public static ProblemHttpResult Refused(SignInResult result) => TypedResults.Problem(
        result.IsLockedOut ? "Locked for 15 minutes after 5 failed attempts; try again later or ask an admin to reset the password."
        : result.IsNotAllowed ? "This account is deactivated."
        : "Wrong user name or password.",
        statusCode: StatusCodes.Status401Unauthorized);
}
