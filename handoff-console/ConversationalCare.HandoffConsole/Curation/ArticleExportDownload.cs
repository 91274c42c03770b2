using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>
/// The articles export as a file download: one handler behind the console's export link and the authoring API's
/// <c>GET /api/knowledge/export</c>, so both accept the same filters and refuse the same mistakes.
/// </summary>
public static class ArticleExportDownload
{
    /// <summary>Maps the download at <paramref name="pattern"/> of a group that has already decided who may export.</summary>
    // Mapped here rather than by each caller: the route analyzer cannot read a handler compiled into another assembly.
    public static RouteHandlerBuilder MapArticleExport(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapGet(pattern, Handle);

    private static Results<PushStreamHttpResult, ValidationProblem> Handle(
        // Explicit: a host without the knowledge module must still start, so nothing here may be inferred as a body.
        [FromServices] ArticleExporter exporter, [FromServices] TimeProvider clock,
        string? format = null, string? status = null, string? locale = null, string? category = null, string? text = null)
    {
        var (filter, problems) = ArticleFilter.Parse(status, locale, category, text);
        ArticleFileFormat? fileFormat = (format ?? "csv").Trim().ToLowerInvariant() switch
        {
            "csv" => ArticleFileFormat.Csv,
            "json" => ArticleFileFormat.Json,
            _ => null,
        };
        if (fileFormat is null) problems["format"] = ["Use csv or json."];
        if (problems.Count > 0) return TypedResults.ValidationProblem(problems, title: "The export cannot be made from these choices.");

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
}
