using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>
/// Where an admin requires two-step sign-in for a role, a console page opens only for a sign-in that passed the second
/// step; anyone else is sent to their account page to set it up (or sign in again with their code).
/// </summary>
internal static class TwoStepGate
{
    public const string RequiredQuery = "twostep=required";
    private static readonly string[] Open = [ConsoleSignIn.SignInPath, "/console/account", ConsoleSignIn.DeniedPath];

    public static async Task<bool> MustStopAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true || PassedSecondStep(context.User)) return false;
        if (!context.Request.Path.StartsWithSegments("/console") || Open.Any(path => context.Request.Path.StartsWithSegments(path))) return false;
        if (context.RequestServices.GetService<ISignInPolicy>() is not { } policy) return false;
        var required = await policy.TwoStepRolesAsync(context.RequestAborted);
        return required.Any(context.User.IsInRole);
    }

    public static bool PassedSecondStep(ClaimsPrincipal user) =>
        user.HasClaim(TwoStepSignIn.PassedClaim, TwoStepSignIn.PassedValue);
}
