using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.Knowledge.Curation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
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
        knowledge.MapArticleExport("/export");
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
}
