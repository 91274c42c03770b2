using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// Bearer tokens for the agent API. A configured demo token (ConversationalCare:Demo:Tokens:&lt;user&gt;) signs in as
/// that user; any other bearer token is an ASP.NET Core Identity token issued by POST /api/agent/token. Either stops
/// working the moment the account is deactivated or its password is reset.
/// </summary>
public static class AgentApiAuthentication
{
    public const string Scheme = "AgentApi";
    public const string DemoScheme = "AgentApiDemoToken";
    private const string AccountScheme = "AgentApiAccountToken";

    public static AuthenticationBuilder AddAgentApiAuthentication(this AuthenticationBuilder authentication)
    {
        authentication.AddBearerToken(IdentityConstants.BearerScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, AccountTokenHandler>(AccountScheme, _ => { });
        authentication.AddScheme<AuthenticationSchemeOptions, DemoTokenHandler>(DemoScheme, _ => { });
        authentication.AddPolicyScheme(Scheme, "Agent API bearer token", policy => policy.ForwardDefaultSelector = context =>
        {
            var demo = context.RequestServices.GetRequiredService<IOptionsMonitor<DemoOptions>>().CurrentValue;
            return BearerToken(context.Request) is { } token && demo.Tokens.Values.Contains(token, StringComparer.Ordinal)
                ? DemoScheme
                : AccountScheme;
        });
        return authentication;
    }

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Signs in the user a demo token belongs to, with the roles that user has in Identity.</summary>
    private sealed class DemoTokenHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        IOptionsMonitor<DemoOptions> demo, UserManager<ConsoleUser> users, IUserClaimsPrincipalFactory<ConsoleUser> principals)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (BearerToken(Request) is not { } token) return AuthenticateResult.NoResult();
            var userName = demo.CurrentValue.Tokens.FirstOrDefault(pair => string.Equals(pair.Value, token, StringComparison.Ordinal)).Key;
            if (userName is null) return AuthenticateResult.NoResult();
            var user = await users.FindByNameAsync(userName);
            if (user is null) return AuthenticateResult.Fail($"The demo token names user '{userName}', who does not exist.");
            if (!user.Active) return AuthenticateResult.Fail($"The account '{userName}' is deactivated.");
            ClaimsPrincipal principal = await principals.CreateAsync(user);
            return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
        }
    }

    /// <summary>
    /// Identity's bearer token, and then the account behind it: a token stays valid for its whole lifetime by itself,
    /// so without this check a deactivated agent could keep working until it expired.
    /// </summary>
    private sealed class AccountTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
            if (!token.Succeeded) return token;
            var signIn = Context.RequestServices.GetRequiredService<StaffSignInManager>();
            return await signIn.StillValidAsync(token.Principal) is null
                ? AuthenticateResult.Fail("This token was withdrawn: the account was deactivated or its password changed. Sign in again.")
                : AuthenticateResult.Success(new AuthenticationTicket(token.Principal, Scheme.Name));
        }
    }
}
