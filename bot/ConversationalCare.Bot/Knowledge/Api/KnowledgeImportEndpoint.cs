using System.Security.Claims;
using ConversationalCare.Knowledge.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Knowledge.Api;

/// <summary>
/// <c>POST /api/knowledge/import</c>: the console's import over HTTP. The files come as multipart/form-data (several
/// Markdown files at once, like the page), pass the same checks (<see cref="ImportFiles"/>) and give the same report.
/// </summary>
internal static class KnowledgeImportEndpoint
{
    public static void MapImport(this RouteGroupBuilder api) =>
        api.MapPost("/import", ImportAsync)
            // The caller proves who they are with a bearer token, never a cookie, so a forged cross-site form cannot act for them.
            .DisableAntiforgery()
            .WithSummary("Imports CSV, JSON or Markdown files (multipart/form-data) as drafts; dryRun=true only reports. Bad rows are reported by line, good rows still imported.");

    private static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportAsync(
        IFormFileCollection files, ClaimsPrincipal user, ArticleImporter importer, CancellationToken ct, bool dryRun = false, bool publish = false)
    {
        // The console may publish an import straight away; the API keeps every article behind the review step.
        if (publish)
            return CurationResponses.Invalid(new Dictionary<string, string[]>
            {
                ["publish"] = ["The API imports as drafts; submit, approve and publish each article to put it live."],
            });
        var (chosen, problem) = await ImportFiles.ReadAsync([.. files.Select(f => new ImportFile(f.FileName, f.Length, f.OpenReadStream))], ct);
        if (chosen is null) return CurationResponses.Invalid(new Dictionary<string, string[]> { ["files"] = [problem!] }, "The files cannot be imported.");
        // Not cancelled when the caller goes away: stopping between batches would leave half a file imported and no report of it.
        var report = await importer.ImportAsync(chosen.Format, chosen.Sources, new ImportOptions(DryRun: dryRun), KnowledgeApiEndpoints.Name(user),
            cancellationToken: CancellationToken.None);
        return TypedResults.Ok(report);
    }
}
