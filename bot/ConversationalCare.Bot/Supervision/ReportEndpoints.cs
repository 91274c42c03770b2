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

    internal static (DateTimeOffset From, DateTimeOffset To, string? Error) Period(string? from, string? to, TimeProvider clock, SupervisionOptions options) =>
        ReportPeriod.Parse(from, to, clock.GetUtcNow(), defaultDays: 7, options.MaxReportDays);

    private static ProblemHttpResult Invalid(string reason) => TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid report request");
}
