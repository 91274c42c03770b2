using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>
/// Console sign-in: Identity's application cookie, pages that need a role, and the sign-out endpoint.
/// The accounts themselves (users, roles, the store) are registered by the host.
/// </summary>
internal static class ConsoleSignIn
{
    public const string SignInPath = "/console/signin";
    public const string SignOutPath = "/console/account/signout";
    public const string DeniedPath = "/console/denied";

    public static void AddConsoleSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = DeniedPath;
            cookie.Cookie.Name = "ConversationalCare.Console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            var everyFewSeconds = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = context =>
                context.Request.Path.StartsWithSegments(SignInPath) ? RecheckNowAsync(context) : everyFewSeconds(context);
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, ConsoleSessionRevalidation>();
    }

    /// <summary>
    /// The sign-in page checks the account behind a cookie on every load, not every few seconds like other pages: its
    /// form's antiforgery token is bound to whoever loads it, so a tab sent here because its account was deactivated
    /// must load it anonymously, or the post that follows is refused once the cookie's own re-check catches up.
    /// </summary>
    private static async Task RecheckNowAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<ConsoleUser>>();
        if (await signIn.ValidateSecurityStampAsync(context.Principal) is { Active: true }) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    public static void MapConsoleSignOut(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(SignOutPath, async (HttpContext context) =>
        {
            if (context.User.Identity?.Name is { } name && context.RequestServices.GetService<IHandoffDesk>() is { } desk)
                await desk.SetStatusAsync(name, AgentStatus.Offline, context.RequestAborted);
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return TypedResults.LocalRedirect(SignInPath);
        });

    /// <summary>
    /// Agents are online from the moment they sign in, as in the inboxes they know; they switch to away or offline
    /// themselves. Accounts that do not take conversations (any more) are left alone.
    /// </summary>
    public static async Task MarkOnlineAsync(IServiceProvider services, ConsoleUser user)
    {
        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        var takesChats = await users.IsInRoleAsync(user, ConsoleRoles.Agent) || await users.IsInRoleAsync(user, ConsoleRoles.Supervisor);
        if (takesChats && services.GetService<IHandoffDesk>() is { } desk)
            await desk.SetStatusAsync(user.UserName!, AgentStatus.Online, CancellationToken.None);
    }

    /// <summary>Only local console paths are followed after sign-in, so a crafted link cannot send agents elsewhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith("/console", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/console";
}
