using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration.Replies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Replies;

/// <summary><c>/api/admin/canned-replies</c>: the Replies page over HTTP, under the same rules (it calls the same service).</summary>
public static class CannedReplyEndpoints
{
    private const string Route = "/canned-replies";

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet(Route, async (string? team, string? language, ICannedReplyAdministration replies, CancellationToken ct) =>
                TypedResults.Ok(await replies.ListAsync(new CannedReplyFilter(team, language), ct)))
            .WithSummary("Canned replies by team, language and name; team=<name> or team=everyone, language=zh (also zh-CN, zh-TW) or language=zh-CN (only that).");
        admin.MapGet($"{Route}/{{id:guid}}", GetAsync).WithSummary("One canned reply.");
        admin.MapPost(Route, CreateAsync)
            .WithSummary("Creates a reply {team?, language, name, text}; no team means everyone. {customerName} and {agentName} are filled in when an agent inserts it.");
        admin.MapPut($"{Route}/{{id:guid}}", UpdateAsync)
            .WithSummary("Replaces a reply's team, language, name and text; a reply may keep a team that has since been archived.");
        admin.MapDelete($"{Route}/{{id:guid}}", DeleteAsync).WithSummary("Deletes a reply; agents stop seeing it the next time they open the picker.");
    }

    private static async Task<Results<Ok<CannedReplyView>, ProblemHttpResult>> GetAsync(Guid id, ICannedReplyAdministration replies, CancellationToken ct) =>
        await replies.GetAsync(id, ct) is { } reply ? TypedResults.Ok(reply) : Problem(new(CannedReplyOutcome.NotFound, Message: $"There is no canned reply {id}."));

    private static async Task<Results<Created<CannedReplyView>, ValidationProblem, ProblemHttpResult>> CreateAsync(CannedReplyInput body,
        ICannedReplyAdministration replies, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await replies.CreateAsync(body, AdminApi.Actor(user), ct);
        if (result.Outcome == CannedReplyOutcome.Done) return TypedResults.Created($"/api/admin{Route}/{result.Reply!.Id}", result.Reply);
        if (result.Outcome == CannedReplyOutcome.Invalid) return Invalid(result);
        return Problem(result);
    }

    private static async Task<Results<Ok<CannedReplyView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid id, CannedReplyInput body,
        ICannedReplyAdministration replies, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await replies.UpdateAsync(id, body, AdminApi.Actor(user), ct);
        if (result.Outcome == CannedReplyOutcome.Done) return TypedResults.Ok(result.Reply!);
        if (result.Outcome == CannedReplyOutcome.Invalid) return Invalid(result);
        return Problem(result);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, ICannedReplyAdministration replies, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await replies.DeleteAsync(id, AdminApi.Actor(user), ct);
        return result.Outcome == CannedReplyOutcome.Done ? TypedResults.NoContent() : Problem(result);
    }

    private static ValidationProblem Invalid(CannedReplyResult result) =>
        TypedResults.ValidationProblem(result.Problems?.ToDictionary() ?? [], detail: result.Message, title: "The canned reply is not valid");

    private static ProblemHttpResult Problem(CannedReplyResult result) => result.Outcome == CannedReplyOutcome.NotFound
        ? TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "No such canned reply")
        : TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "The name is taken");
}
