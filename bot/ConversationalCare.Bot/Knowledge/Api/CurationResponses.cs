using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Knowledge.Api;

/// <summary>
/// How a <see cref="CurationResult"/> reads over HTTP. Both kinds of 409 say which they are in <c>code</c>:
/// <c>stale-revision</c> (re-read and resend) or <c>workflow</c> (the article's status does not allow the step).
/// </summary>
internal static class CurationResponses
{
    public const string StaleRevision = "stale-revision";
    public const string Workflow = "workflow";

    public static Results<Ok<ArticleDto>, ValidationProblem, ProblemHttpResult> ToResponse(this CurationResult result, string key, int sentRevision) =>
        result.Outcome switch
        {
            CurationOutcome.Done or CurationOutcome.Unchanged when result.Article is { } article => TypedResults.Ok(article.ToDto()),
            CurationOutcome.Invalid => Invalid(result.Errors, result.Reason),
            CurationOutcome.Conflict => Stale(result.Article, sentRevision),
            CurationOutcome.Refused => TypedResults.Problem(
                $"{result.Reason} Articles go draft → submit → approve → publish.", statusCode: StatusCodes.Status409Conflict,
                title: "Not allowed in the article's current status",
                extensions: new Dictionary<string, object?> { ["code"] = Workflow, ["articleStatus"] = result.Article?.Status.Name() }),
            _ => NotFound(key),
        };

    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]>? errors, string? title = null) =>
        TypedResults.ValidationProblem(errors ?? new Dictionary<string, string[]>(), title: title ?? "The request has problems to fix.");

    public static ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem($"No article has the key '{key}'.", statusCode: StatusCodes.Status404NotFound, title: "No such article");

    /// <summary>Says who changed it and which revision to resend with, as the console's conflict panel does.</summary>
    private static ProblemHttpResult Stale(ArticleDetails? latest, int sentRevision) => latest is null
        ? TypedResults.Problem("Someone else changed this article after you read it.", statusCode: StatusCodes.Status409Conflict,
            title: "The article changed since you read it", extensions: new Dictionary<string, object?> { ["code"] = StaleRevision })
        : TypedResults.Problem(
            $"{latest.Summary.UpdatedBy} changed this article at {latest.Summary.UpdatedAt:u} (it is now revision {latest.Revision}; you sent " +
            $"revision {sentRevision}). Nothing of yours was saved: read it again, review their changes and resend with revision {latest.Revision}.",
            statusCode: StatusCodes.Status409Conflict, title: "The article changed since you read it",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = StaleRevision,
                ["revision"] = latest.Revision,
                ["updatedBy"] = latest.Summary.UpdatedBy,
                ["updatedAt"] = latest.Summary.UpdatedAt,
            });

    /// <summary>Checked before the domain, which refuses these too but only with a sentence, not a field.</summary>
    public static Dictionary<string, string[]> RequestProblems(int? revision, string? comment = null, bool commentRequired = false)
    {
        var problems = new Dictionary<string, string[]>();
        if (revision is null) problems["revision"] = ["Send the revision you read the article at (GET it first)."];
        if (commentRequired && string.IsNullOrWhiteSpace(comment)) problems["comment"] = ["Say what needs to change when rejecting an article."];
        if (comment?.Length > StoredArticle.MaxCommentLength) problems["comment"] = [$"Keep the comment under {StoredArticle.MaxCommentLength} characters."];
        return problems;
    }
}
