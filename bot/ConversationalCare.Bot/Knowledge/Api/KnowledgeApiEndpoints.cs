using System.Security.Claims;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Curation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Knowledge.Api;

/// <summary>
/// The knowledge authoring API: what content owners do on the console's knowledge pages, over HTTP with an agent-API
/// bearer token, through the same <see cref="ArticleCuration"/> and so under the same review workflow. It lives in the
/// host because bearer authentication does; the console keeps only what its pages need.
/// </summary>
public static class KnowledgeApiEndpoints
{
    private delegate Task<CurationResult> Step(ArticleCuration curation, Guid id, int revision, string actor, string? comment, CancellationToken ct);

    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/knowledge").WithTags("Knowledge authoring API")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme, Roles = ConsoleRoles.ContentOwner })
            .WithMetadata(AgentApiRefusals.AsProblems)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/articles", ListAsync).WithSummary("Articles, most recently changed first; filter by status, locale, category and words.");
        api.MapPost("/articles", CreateAsync).WithSummary("Creates a draft; the bot does not use it until it is reviewed and published.");
        api.MapGet("/articles/{key}", GetAsync).WithSummary("One article: its working copy, status, revision, versions and history.");
        api.MapPut("/articles/{key}", EditAsync)
            .WithSummary("Replaces the working copy as a new draft; send the revision you read, or get 409 saying who changed it since.");
        MapStep(api, "submit", "Submits a draft for review.", (c, id, rev, actor, _, ct) => c.SubmitForReviewAsync(id, rev, actor, ct));
        MapStep(api, "approve", "Approves an article in review, with an optional comment.", (c, id, rev, actor, comment, ct) => c.ApproveAsync(id, rev, actor, comment, ct));
        MapStep(api, "reject", "Sends an article in review back to draft; the comment saying what to change is required.",
            (c, id, rev, actor, comment, ct) => c.RejectAsync(id, rev, actor, comment!, ct), commentRequired: true);
        MapStep(api, "publish", "Publishes an approved article: the bot answers with it from now on.", (c, id, rev, actor, _, ct) => c.PublishAsync(id, rev, actor, ct));
        MapStep(api, "archive", "Takes an article out of service; its history stays.", (c, id, rev, actor, _, ct) => c.ArchiveAsync(id, rev, actor, ct));
        api.MapImport();
        api.MapArticleExport("/export").WithSummary("Downloads the filtered articles as CSV (default) or JSON, as the console's export does.");
        return endpoints;
    }

    private static async Task<Results<Ok<ArticleListDto>, ValidationProblem>> ListAsync(ArticleCuration curation, CancellationToken ct,
        string? status = null, string? locale = null, string? category = null, string? text = null, int skip = 0, int take = 50)
    {
        var (filter, problems) = ArticleFilter.Parse(status, locale, category, text);
        if (skip < 0) problems["skip"] = ["Use 0 or more."];
        if (take is < 1 or > 500) problems["take"] = ["Use 1 to 500."];
        if (problems.Count > 0) return CurationResponses.Invalid(problems, "The list cannot be made from these choices.");
        var page = await curation.ListAsync(filter, skip, take, ct);
        return TypedResults.Ok(new ArticleListDto([.. page.Items.Select(a => a.ToDto())], page.Total));
    }

    private static async Task<Results<Created<ArticleDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NewArticleRequest? body, ClaimsPrincipal user, ArticleCuration curation, CancellationToken ct)
    {
        body ??= new NewArticleRequest(null, null, null, null, null, null, null, null, null, null);
        if (ArticleContractMapping.FollowUpProblems(body.FollowUps) is { Count: > 0 } problems) return CurationResponses.Invalid(problems);
        var result = await curation.CreateDraftAsync(body.Key ?? "", body.Locale ?? "", body.ToContent(), Name(user), ct);
        if (result is { Outcome: CurationOutcome.Done, Article: { } created })
            return TypedResults.Created($"/api/knowledge/articles/{Uri.EscapeDataString(created.Key)}", created.ToDto());
        return CurationResponses.Invalid(result.Errors, result.Reason);
    }

    private static async Task<Results<Ok<ArticleDto>, ProblemHttpResult>> GetAsync(string key, ArticleCuration curation, CancellationToken ct) =>
        await curation.GetAsync(key, ct) is { } article ? TypedResults.Ok(article.ToDto()) : CurationResponses.NotFound(key);

    private static async Task<Results<Ok<ArticleDto>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string key, ArticleEditRequest? body, ClaimsPrincipal user, ArticleCuration curation, CancellationToken ct)
    {
        var problems = CurationResponses.RequestProblems(body?.Revision);
        foreach (var (field, errors) in ArticleContractMapping.FollowUpProblems(body?.FollowUps)) problems[field] = errors;
        if (problems.Count > 0) return CurationResponses.Invalid(problems);
        if (await curation.GetAsync(key, ct) is not { } article) return CurationResponses.NotFound(key);
        var result = await curation.EditAsync(article.Id, body!.Revision!.Value, body.ToContent(), Name(user), ct);
        return result.ToResponse(key, body.Revision.Value);
    }

    private static void MapStep(RouteGroupBuilder api, string step, string summary, Step send, bool commentRequired = false) =>
        api.MapPost("/articles/{key}/" + step, async Task<Results<Ok<ArticleDto>, ValidationProblem, ProblemHttpResult>> (
            string key, WorkflowRequest? body, ClaimsPrincipal user, ArticleCuration curation, CancellationToken ct) =>
        {
            var problems = CurationResponses.RequestProblems(body?.Revision, body?.Comment, commentRequired);
            if (problems.Count > 0) return CurationResponses.Invalid(problems);
            if (await curation.GetAsync(key, ct) is not { } article) return CurationResponses.NotFound(key);
            var comment = string.IsNullOrWhiteSpace(body!.Comment) ? null : body.Comment.Trim();
            var result = await send(curation, article.Id, body.Revision!.Value, Name(user), comment, ct);
            return result.ToResponse(key, body.Revision.Value);
        }).WithSummary($"{summary} Send the revision you read.");

    internal static string Name(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("An authorised caller has a name.");
}
