using System.Security.Claims;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;

namespace ConversationalCare.Bot.Administration;

/// <summary>
/// The <c>/api/admin</c> route group: agent-API bearer tokens of accounts with the admin role only (401 without a
/// token, 403 for anyone else). Each feature maps its endpoints onto this group.
/// </summary>
public static class AdminApi
{
    public const string Tag = "Admin API";

    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/admin").WithTags(Tag).RequireAuthorization(new AuthorizeAttribute
        {
            AuthenticationSchemes = AgentApiAuthentication.Scheme,
            Roles = ConsoleRoles.Admin,
        });

    /// <summary>Who made a change, for the audit log.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("An authorised caller has a name.");
}
