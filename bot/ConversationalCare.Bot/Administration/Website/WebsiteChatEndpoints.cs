using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Website;

/// <summary>
/// <c>/api/admin/website-chat</c> and <c>/api/admin/directline-secrets</c>: the "Add the chat to your site" page over
/// HTTP, under the same rules (it calls the same service).
/// </summary>
public static class WebsiteChatEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/website-chat", async (HttpRequest request, IWebsiteChatAdministration website, CancellationToken ct) =>
                TypedResults.Ok(await website.GetAsync(BaseUrl(request), ct)))
            .WithSummary("The widget's brand, colour, greetings per language, allowed origins in force and the snippet to paste.");
        admin.MapPut("/website-chat", async Task<Results<Ok<WebsiteChat>, ValidationProblem>> (WebsiteChatSettings body, HttpRequest request,
                IWebsiteChatAdministration website, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var saved = await website.SaveAsync(body, AdminApi.Actor(user), ct);
                if (saved.Outcome != WebsiteChatOutcome.Done) return Invalid(saved, "The website chat settings are not valid");
                return TypedResults.Ok(await website.GetAsync(BaseUrl(request), ct));
            })
            .WithSummary("Replaces the settings; \"allowedOrigins\": null goes back to the configured list. Applies without a restart.");

        admin.MapGet("/directline-secrets", async (IWebsiteChatAdministration website, CancellationToken ct) =>
                TypedResults.Ok(await website.ListSecretsAsync(ct)))
            .WithSummary("Direct Line secrets by name with their last four characters, creation and revocation; never the secret.");
        admin.MapPost("/directline-secrets", async Task<Results<Created<CreatedSecret>, ValidationProblem>> (NewSecret body,
                IWebsiteChatAdministration website, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var created = await website.CreateSecretAsync(body.Name, AdminApi.Actor(user), ct);
                if (created.Outcome != WebsiteChatOutcome.Done) return Invalid(created, "The secret cannot be created");
                return TypedResults.Created($"/api/admin/directline-secrets/{created.Secret!.Id}", new CreatedSecret(created.Secret, created.SecretValue!));
            })
            .WithSummary("Generates a Direct Line secret; the response is the only time its value is shown.");
        admin.MapDelete("/directline-secrets/{id}", async Task<Results<Ok<DirectLineSecretInfo>, ProblemHttpResult>> (string id,
                IWebsiteChatAdministration website, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var revoked = await website.RevokeSecretAsync(id, AdminApi.Actor(user), ct);
                return revoked.Outcome == WebsiteChatOutcome.Done
                    ? TypedResults.Ok(revoked.Secret!)
                    : TypedResults.Problem(revoked.Message, statusCode: StatusCodes.Status404NotFound, title: "No such secret");
            })
            .WithSummary("Revokes a secret: refused at once on this host and within seconds on every other. Tokens already issued run out as usual.");
    }

    public sealed record NewSecret(string? Name);

    /// <summary>The secret's value appears here once; store it in the website's backend now.</summary>
    public sealed record CreatedSecret(DirectLineSecretInfo Secret, string Value);

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static ValidationProblem Invalid(WebsiteChatResult result, string title) =>
        TypedResults.ValidationProblem(result.Problems?.ToDictionary() ?? [], detail: result.Message, title: title);
}
