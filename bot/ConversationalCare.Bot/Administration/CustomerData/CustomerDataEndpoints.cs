using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Data requests on the admin group: find a customer (<c>?channelUserId=…[&amp;channel=…]</c> or <c>?email=…</c>), see
/// them with their conversations, export everything about them as JSON, erase them. Export and erasure are audited.
/// </summary>
public static class CustomerDataEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/customers", FindAsync).WithSummary("Customers by channelUserId (optionally on one channel) or by email, with their conversations.");
        admin.MapGet("/customers/{id}", GetAsync).WithSummary("One customer with their conversations.");
        admin.MapGet("/customers/{id}/export", ExportAsync).WithSummary("Everything stored about the customer as one JSON document (audited).");
        admin.MapDelete("/customers/{id}", EraseAsync).WithSummary("Deletes the customer and every row about them in one transaction (audited).");
    }

    private static async Task<Results<Ok<IReadOnlyList<CustomerView>>, ProblemHttpResult>> FindAsync(string? channel, string? channelUserId,
        string? email, CustomerDirectory directory, CancellationToken ct)
    {
        var result = await directory.FindAsync(new CustomerLookup(channelUserId, channel, email), ct);
        return result.Value is { } found ? TypedResults.Ok(found) : AdminProblems.Invalid(result.Message!);
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> GetAsync(string id, CustomerDirectory directory, CancellationToken ct)
    {
        if (!AdminProblems.TryCustomerId(id, out var customerId, out var problem)) return problem!;
        return await directory.GetAsync(customerId, ct) is { } customer ? TypedResults.Ok(customer) : AdminProblems.NotFound("customer", id);
    }

    private static async Task<Results<Ok<CustomerExportDocument>, ProblemHttpResult>> ExportAsync(string id, ClaimsPrincipal user,
        HttpResponse response, CustomerExport export, CancellationToken ct)
    {
        if (!AdminProblems.TryCustomerId(id, out var customerId, out var problem)) return problem!;
        if (await export.ExportAsync(customerId, AdminApi.Actor(user), ct) is not { } document) return AdminProblems.NotFound("customer", id);
        response.Headers.ContentDisposition = $"attachment; filename=\"{CustomerExport.FileName(customerId)}\"";
        return TypedResults.Ok(document);
    }

    private static async Task<Results<Ok<ErasureCounts>, ProblemHttpResult>> EraseAsync(string id, ClaimsPrincipal user, CustomerErasure erasure,
        CancellationToken ct)
    {
        if (!AdminProblems.TryCustomerId(id, out var customerId, out var problem)) return problem!;
        return await erasure.EraseAsync(customerId, AdminApi.Actor(user), ct) is { } counts
            ? TypedResults.Ok(counts)
            : AdminProblems.NotFound("customer", id);
    }
}
