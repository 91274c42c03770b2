using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>
/// The one curation action a component cannot do itself: a file download. Blazor Server renders over a socket, so the
/// knowledge page links here and the browser downloads the export as an ordinary response.
/// </summary>
public static class CurationEndpoints
{
    public const string ExportPath = "/console/knowledge/export";

    public static IEndpointRouteBuilder MapCurationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var knowledge = endpoints.MapGroup("/console/knowledge")
            .RequireAuthorization(new AuthorizeAttribute { Roles = ConsoleRoles.ContentOwner });
        knowledge.MapGet("/export", Export);
        return endpoints;
    }

    /// <summary>The link the knowledge page offers for its current filter.</summary>
    internal static string ExportHref(string format, ArticleFilter filter)
    {
        var query = new Dictionary<string, string?>
        {
            ["format"] = format,
            ["status"] = filter.Status?.ToString(),
            ["locale"] = filter.Locale,
            ["category"] = filter.Category,
            ["text"] = filter.Text,
        };
        return QueryHelpers.AddQueryString(ExportPath, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> Export(
        // Explicit: a host without the knowledge module must still start, so nothing here may be inferred as a body.
        [FromServices] ArticleExporter exporter, [FromServices] TimeProvider clock,
        string? format = null, string? status = null, string? locale = null, string? category = null, string? text = null)
    {
        var problems = new Dictionary<string, string[]>();
        ArticleFileFormat? fileFormat = (format ?? "csv").Trim().ToLowerInvariant() switch
        {
            "csv" => ArticleFileFormat.Csv,
            "json" => ArticleFileFormat.Json,
            _ => null,
        };
        if (fileFormat is null) problems["format"] = ["Use csv or json."];
        ArticleStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<ArticleStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wanted = parsed;
            else problems["status"] = [$"Use one of {string.Join(", ", Enum.GetNames<ArticleStatus>())}."];
        }
        if (!string.IsNullOrWhiteSpace(locale) && !ArticleKeys.IsValidLocale(ArticleKeys.NormalizeLocale(locale)))
            problems["locale"] = ["Use a language tag such as en-US or zh-CN."];
        if (text?.Length > 200) problems["text"] = ["Keep the words under 200 characters."];
        if (problems.Count > 0) return TypedResults.ValidationProblem(problems, title: "The export cannot be made from these choices.");

        var filter = new ArticleFilter(wanted, NullIfBlank(locale), NullIfBlank(category), NullIfBlank(text));
        var extension = fileFormat == ArticleFileFormat.Json ? "json" : "csv";
        var contentType = fileFormat == ArticleFileFormat.Json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
        var name = $"knowledge-articles-{clock.GetUtcNow():yyyyMMdd-HHmm}.{extension}";
        return TypedResults.Stream(async body =>
        {
            // The CSV writer writes synchronously, which the server forbids on a response; buffer (to disk past 32 KB) first.
            await using var buffer = new FileBufferingWriteStream();
            await exporter.ExportAsync(fileFormat!.Value, filter, buffer);
            await buffer.DrainBufferAsync(body);
        }, contentType, name);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
