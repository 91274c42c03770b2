using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>The RFC 9457 problems the customer-data endpoints answer with.</summary>
internal static class AdminProblems
{
    public static ProblemHttpResult Invalid(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"There is no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>A customer id must be a GUID; anything else is a malformed request, not an unknown customer.</summary>
    public static bool TryCustomerId(string id, out Guid customerId, out ProblemHttpResult? problem)
    {
        problem = Guid.TryParse(id, out customerId) ? null : Invalid($"'{id}' is not a customer id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301).");
        return problem is null;
    }
}
