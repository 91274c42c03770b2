using System.Security.Claims;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>
/// Quality review over the agent API's bearer tokens: supervisors read every agent's figure; agents read their own
/// reviews and figure, and nobody else's.
/// </summary>
public static class QualityEndpoints
{
    /// <summary>Reviews arrive a week after the conversations, so a missing from means the last 28 days.</summary>
    private const int DefaultDays = 28;

    public static IEndpointRouteBuilder MapQuality(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/reports").WithTags("Quality")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentApiAuthentication.Scheme, Roles = ConsoleRoles.Supervisor })
            .MapGet("/quality", FiguresAsync)
            .WithSummary("Per-agent quality figures (percent of the top score, per criterion and overall) of conversations resolved in [from, to).");
        var mine = endpoints.MapGroup("/api/agent/reviews").WithTags("Quality")
            .RequireAuthorization(new AuthorizeAttribute
            {
                AuthenticationSchemes = AgentApiAuthentication.Scheme,
                Roles = $"{ConsoleRoles.Agent},{ConsoleRoles.Supervisor}",
            });
        mine.MapGet("/", MineAsync).WithSummary("The caller's own submitted quality reviews and figure for conversations resolved in [from, to).");
        mine.MapGet("/{id}", OneAsync).WithSummary("One of the caller's own submitted reviews; 404 for anyone else's.");
        return endpoints;
    }

    private static async Task<Results<Ok<QualityReport>, ProblemHttpResult>> FiguresAsync(string? from, string? to,
        QualityDesk desk, TimeProvider clock, IOptions<QualityOptions> options, CancellationToken ct)
    {
        var (start, end, error) = Period(from, to, clock, options.Value);
        if (error is not null) return Invalid(error);
        var figures = await desk.FiguresAsync(start, end, ct);
        return TypedResults.Ok(new QualityReport(start, end, [.. figures.Select(f => f.ToDto())]));
    }

    private static async Task<Results<Ok<AgentReviewsDto>, ProblemHttpResult>> MineAsync(string? from, string? to, ClaimsPrincipal user,
        QualityDesk desk, TimeProvider clock, IOptions<QualityOptions> options, CancellationToken ct)
    {
        var (start, end, error) = Period(from, to, clock, options.Value);
        if (error is not null) return Invalid(error);
        var mine = await desk.ReviewsOfAsync(Name(user), start, end, ct);
        return TypedResults.Ok(new AgentReviewsDto(mine.Agent, start, end, mine.Figure.ToDto(), [.. mine.Reviews.Select(r => r.ToDto())]));
    }

    private static async Task<Results<Ok<ReviewDto>, ProblemHttpResult>> OneAsync(string id, ClaimsPrincipal user, QualityDesk desk, CancellationToken ct) =>
        Guid.TryParse(id, out var reviewId) && await desk.ReviewOfAsync(Name(user), reviewId, ct) is { } review
            ? TypedResults.Ok(review.ToDto())
            : TypedResults.Problem($"You have no submitted review '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>Reviews arrive a week after the conversation, so a period defaults to the last 28 days.</summary>
    internal static (DateTimeOffset From, DateTimeOffset To, string? Error) Period(string? from, string? to, TimeProvider clock, QualityOptions options) =>
        ReportPeriod.Parse(from, to, clock.GetUtcNow(), DefaultDays, options.MaxReportDays);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "";

    private static ProblemHttpResult Invalid(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Invalid quality request");
}
