using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// Identity's sign-in with our account rules, for the console and the agent API alike: a deactivated account is not
/// allowed in, and every successful sign-in is remembered so admins see when someone last worked.
/// </summary>
public sealed class StaffSignInManager(UserManager<ConsoleUser> users, IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<ConsoleUser> claims, IOptions<IdentityOptions> options, ILogger<SignInManager<ConsoleUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<ConsoleUser> confirmation, TimeProvider clock)
    : SignInManager<ConsoleUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ConsoleUser user) => user.Active && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(ConsoleUser user, AuthenticationProperties? authenticationProperties,
        IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        user.LastSignInAt = clock.GetUtcNow();
        await UserManager.UpdateAsync(user);
    }

    /// <summary>The account behind a principal if it may still act: active, and signed in since its last security change.</summary>
    public async Task<ConsoleUser?> StillValidAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        var user = await ValidateSecurityStampAsync(principal);
        return user is { Active: true } ? user : null;
    }
}
