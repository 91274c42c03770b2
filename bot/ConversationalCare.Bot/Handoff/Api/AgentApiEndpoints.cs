using System.Security.Claims;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Handoff.Api;

/// <summary>
/// The agent API: what the console does, over HTTP with a bearer token, under the same rules (it calls the same
/// <see cref="IHandoffDesk"/>). Errors are problem details that say why.
/// </summary>
public static class AgentApiEndpoints
{
    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/agent/token", IssueTokenAsync).AllowAnonymous().WithTags("Agent API")
            .WithSummary("Exchanges a user name and password for a bearer token.");

        var api = endpoints.MapGroup("/api/agent").WithTags("Agent API")
            .RequireAuthorization(new AuthorizeAttribute
            {
                AuthenticationSchemes = AgentApiAuthentication.Scheme,
                Roles = $"{ConsoleRoles.Agent},{ConsoleRoles.Supervisor}",
            });
        api.MapGet("/conversations", ListAsync).WithSummary("Handoffs: waiting (queue order), mine, or all open ones.");
        api.MapGet("/conversations/{id}", GetAsync).WithSummary("The context package of a conversation's latest handoff.");
        api.MapPost("/conversations/{id}/claim", (string id, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.ClaimAsync(id, Name(user), ct))).WithSummary("Takes ownership; 409 when another agent owns it.");
        api.MapPost("/conversations/{id}/messages", (string id, MessageRequest body, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.SendAsync(id, Name(user), body.Text ?? "", ct))).WithSummary("Sends a message to the customer.");
        api.MapPost("/conversations/{id}/notes", (string id, MessageRequest body, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.AddNoteAsync(id, Name(user), body.Text ?? "", ct))).WithSummary("Adds an internal note.");
        api.MapPost("/conversations/{id}/transfer", (string id, TransferRequest body, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.TransferAsync(id, Name(user), new TransferTarget(body.Agent, body.Team), body.Note, ct))).WithSummary("Transfers to an agent or a team.");
        api.MapPost("/conversations/{id}/resolve", (string id, ResolveRequest body, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.ResolveAsync(id, Name(user), body.Disposition ?? "resolved", ct))).WithSummary("Resolves; the customer is asked for CSAT.");
        api.MapPost("/conversations/{id}/release", (string id, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Outcome(desk.ReleaseAsync(id, Name(user), ct))).WithSummary("Hands the conversation back to the bot.");
        api.MapPut("/conversations/{id}/customer/tier", SetTierAsync)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme, Roles = ConsoleRoles.Supervisor })
            .WithSummary("Supervisors mark the customer of a conversation VIP (escalates sooner, ranks higher) or standard.");
        api.MapPut("/status", (StatusRequest body, ClaimsPrincipal user, IHandoffDesk desk, CancellationToken ct) =>
            Enum.TryParse<AgentStatus>(body.Status, ignoreCase: true, out var status)
                ? Outcome(desk.SetStatusAsync(Name(user), status, ct))
                : Task.FromResult<IResult>(TypedResults.Problem("Status must be online, away or offline.", statusCode: 400)))
            .WithSummary("Sets the caller's status: online, away or offline.");
        api.MapAgentStream();
        endpoints.MapAccountApi();
        return endpoints;
    }

    public sealed record MessageRequest(string? Text);
    public sealed record TransferRequest(string? Agent, string? Team, string? Note);
    public sealed record ResolveRequest(string? Disposition);
    public sealed record StatusRequest(string? Status);
    /// <summary>With two-step sign-in on, add the app's code (or a recovery code), as Identity's own /login takes them.</summary>
    public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);
    public sealed record TierRequest(string? Tier);

    private static async Task<Results<NoContent, ProblemHttpResult>> SetTierAsync(string id, TierRequest body,
        Conversations.CustomerProfiles profiles, CancellationToken ct)
    {
        if (body.Tier?.Trim().ToLowerInvariant() is not (Conversations.CustomerTiers.Vip or Conversations.CustomerTiers.Standard))
            return TypedResults.Problem("tier must be vip or standard.", statusCode: 400);
        return await profiles.SetTierAsync(id, body.Tier, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"Conversation {id} does not exist.", statusCode: 404);
    }

    private static async Task<Results<Ok<IReadOnlyList<QueueItem>>, ProblemHttpResult>> ListAsync(string? status, ClaimsPrincipal user,
        IHandoffDesk desk, CancellationToken ct)
    {
        if (!Enum.TryParse<InboxView>(status ?? "all", ignoreCase: true, out var view) || int.TryParse(status, out _))
            return TypedResults.Problem("status must be waiting, mine or all.", statusCode: 400);
        return TypedResults.Ok(await desk.InboxAsync(Name(user), view, ct));
    }

    private static async Task<Results<Ok<HandoffContext>, ProblemHttpResult>> GetAsync(string id, IHandoffDesk desk, CancellationToken ct) =>
        await desk.GetContextAsync(id, ct) is { } context
            ? TypedResults.Ok(context)
            : TypedResults.Problem($"Conversation {id} has never been handed to a person.", statusCode: 404);

    private static async Task<IResult> IssueTokenAsync(TokenRequest body, StaffSignInManager signIn, ISignInPolicy policy, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
            return TypedResults.Problem("Send userName and password.", statusCode: 400);
        var user = await signIn.UserManager.FindByNameAsync(body.UserName);
        if (user is { MustChangePassword: true } || user is { TwoFactorEnabled: false } && await TwoStepRequiredAsync(signIn, policy, user, ct))
        {
            var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
            if (!check.Succeeded) return AccountEndpoints.Refused(check);
            return user.MustChangePassword
                ? TypedResults.Problem("An admin reset this password: choose your own first with POST /api/account/password.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Password change required")
                : TypedResults.Problem("Your role requires two-step sign-in: set it up at /console/account first.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Two-step sign-in required");
        }
        // The bearer scheme writes the token response itself, as Identity's own /login endpoint does.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.UserName, body.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (!string.IsNullOrWhiteSpace(body.TwoFactorCode))
                result = await signIn.TwoFactorAuthenticatorSignInAsync(body.TwoFactorCode.Replace(" ", ""), isPersistent: false, rememberClient: false);
            else if (!string.IsNullOrWhiteSpace(body.TwoFactorRecoveryCode))
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(body.TwoFactorRecoveryCode);
            else
                return TypedResults.Problem("Two-step sign-in is on: send twoFactorCode (from the app) or twoFactorRecoveryCode as well.",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Code needed");
        }
        return result.Succeeded ? TypedResults.Empty
            : result.RequiresTwoFactor ? TypedResults.Problem("That code is not right.", statusCode: StatusCodes.Status401Unauthorized, title: "Wrong code")
            : AccountEndpoints.Refused(result);
    }

    private static async Task<bool> TwoStepRequiredAsync(StaffSignInManager signIn, ISignInPolicy policy, ConsoleUser user, CancellationToken ct)
    {
        var required = await policy.TwoStepRolesAsync(ct);
        return required.Count > 0 && (await signIn.UserManager.GetRolesAsync(user)).Any(required.Contains);
    }

    private static async Task<IResult> Outcome(Task<DeskResult> command)
    {
        var result = await command;
        return result.Failure switch
        {
            DeskFailure.None => TypedResults.NoContent(),
            DeskFailure.NotFound => TypedResults.Problem(result.Message, statusCode: 404, title: "Not found"),
            DeskFailure.Conflict => TypedResults.Problem(result.Message, statusCode: 409, title: "Owned by someone else"),
            DeskFailure.NotOwner => TypedResults.Problem(result.Message, statusCode: 409, title: "Not yours"),
            _ => TypedResults.Problem(result.Message, statusCode: 400, title: "Invalid request"),
        };
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("An authorised caller has a name.");
}
