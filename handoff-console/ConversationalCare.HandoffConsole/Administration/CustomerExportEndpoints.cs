using System.Security.Claims;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The customer export as a file download under the console's sign-in cookie: a component cannot stream a download
/// over the Blazor socket, so the Customer data page links here. Admins only; the bot audits it as it does the API's.
/// </summary>
public static class CustomerExportEndpoints
{
    public static IEndpointRouteBuilder MapCustomerExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/console/admin/customers")
            .RequireAuthorization(new AuthorizeAttribute { Roles = ConsoleRoles.Admin })
            // A link a person follows: send them to sign in (or to "denied"), not a bare 401 as .NET 10 does for typed results.
            .AllowCookieRedirect()
            .MapGet("/{id:guid}/export", ExportAsync);
        return endpoints;
    }

    /// <summary>The link the page offers for one customer.</summary>
    public static string ExportHref(Guid customerId) => $"/console/admin/customers/{customerId}/export";

    // Explicit sources: a host without the bot's port must still start, so nothing here may be inferred as a body.
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid id, ClaimsPrincipal user,
        [FromServices] ICustomerDataAdministration customers, CancellationToken ct)
    {
        var actor = user.Identity?.Name ?? throw new InvalidOperationException("An authorised caller has a name.");
        return await customers.ExportAsync(id, actor, ct) is { } file
            ? TypedResults.File(file.Json, "application/json; charset=utf-8", file.FileName)
            : TypedResults.Problem($"There is no customer '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }
}
