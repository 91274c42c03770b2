using System.Globalization;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision;

/// <summary>Supervisors' reports over the agent API's bearer tokens: the KPIs as JSON and one CSV row per conversation.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme, Roles = ConsoleRoles.Supervisor });
        reports.MapGet("/kpis", KpisAsync)
            .WithSummary("KPIs of conversations started in [from, to), overall, per group and against the previous period of equal length.");
        reports.MapGet("/conversations.csv", ExportAsync)
            .WithSummary("One CSV row per conversation started in [from, to) with every KPI field; personal data masked.");
        // The supervisor page's download link: the same export over the console's sign-in, since a link carries no bearer token.
        endpoints.MapGet(HandoffConsole.Supervision.SupervisionDownloads.ConversationsCsvPath, ExportAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = ConsoleRoles.Supervisor }).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<Ok<KpiReport>, ProblemHttpResult>> KpisAsync(string? from, string? to, string? groupBy,
        SupervisionReports reports, TimeProvider clock, IOptions<SupervisionOptions> options, CancellationToken ct)
    {
        var (start, end, error) = Period(from, to, clock, options.Value);
        if (error is not null) return Invalid(error);
        KpiDimension? dimension = null;
        if (!string.IsNullOrWhiteSpace(groupBy))
        {
            if (!KpiDimensions.TryParse(groupBy, out var parsed))
                return Invalid($"groupBy must be one of {string.Join(", ", Enum.GetNames<KpiDimension>().Select(n => n.ToLowerInvariant()))}.");
            dimension = parsed;
        }
        return TypedResults.Ok(await reports.KpisAsync(start, end, dimension, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? from, string? to,
        SupervisionReports reports, TimeProvider clock, IOptions<SupervisionOptions> options, CancellationToken ct)
    {
        var (start, end, error) = Period(from, to, clock, options.Value);
        if (error is not null) return Invalid(error);
        var csv = ConversationCsv.Write(await reports.ConversationsAsync(start, end, ct));
        var name = $"conversations-{start.UtcDateTime:yyyyMMdd}-{end.UtcDateTime:yyyyMMdd}.csv";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);
    }

    /// <summary>from and to are ISO 8601 (UTC unless an offset is given); missing ones mean the last seven days.</summary>
    internal static (DateTimeOffset From, DateTimeOffset To, string? Error) Period(string? from, string? to, TimeProvider clock, SupervisionOptions options)
    {
        var now = clock.GetUtcNow();
        if (!TryTime(to, now, out var end)) return (default, default, $"to '{to}' is not an ISO 8601 date or time, such as 2026-11-24 or 2026-11-24T08:00:00Z.");
        if (!TryTime(from, end.AddDays(-7), out var start)) return (default, default, $"from '{from}' is not an ISO 8601 date or time, such as 2026-11-17 or 2026-11-17T08:00:00Z.");
        if (start >= end) return (default, default, "from must be earlier than to.");
        if (end - start > TimeSpan.FromDays(options.MaxReportDays)) return (default, default, $"The period may span at most {options.MaxReportDays} days.");
        return (start, end, null);
    }

    private static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset time)
    {
        time = fallback;
        return string.IsNullOrWhiteSpace(text)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    private static ProblemHttpResult Invalid(string reason) => TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid report request");
}
