using System.Text.Json.Serialization;

namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The port the console's Teams page and the admin API share: teams, each team's service promise, and the ordered
/// routing rules. The bot implements it and decides every rule (names, hours, which team may be archived), so the
/// page and <c>/api/admin</c> can never disagree. These records are also the API's wire shapes.
/// </summary>
public interface ITeamAdministration
{
    /// <summary>All teams by name, archived ones included, with their service hours.</summary>
    Task<IReadOnlyList<ServiceTeam>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A new team starts with the general team's service promise, which an admin then adjusts.</summary>
    Task<TeamResult<ServiceTeam>> CreateAsync(NewTeam team, string actor, CancellationToken cancellationToken);

    /// <summary>Renames and/or archives or restores; a null field is left as it is.</summary>
    Task<TeamResult<ServiceTeam>> ChangeAsync(string name, TeamChange change, string actor, CancellationToken cancellationToken);

    /// <summary>Null when there is no such team.</summary>
    Task<TeamHours?> HoursAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces the team's whole service promise; the next handoff to the team uses it.</summary>
    Task<TeamResult<TeamHours>> SetHoursAsync(string name, TeamHours hours, string actor, CancellationToken cancellationToken);

    /// <summary>The routing rules in order: the first whose conditions all match routes a handoff, nothing matched goes to general.</summary>
    Task<IReadOnlyList<RouteRule>> RulesAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the whole ordered list at once, so its order is never half changed. A null entry is refused.</summary>
    Task<TeamResult<IReadOnlyList<RouteRule>>> ReplaceRulesAsync(IReadOnlyList<RouteRule?> rules, string actor, CancellationToken cancellationToken);

    /// <summary>What a rule's conditions can name, for pickers.</summary>
    RoutingChoices Choices { get; }
}

public sealed record ServiceTeam(string Name, string DisplayName, bool Archived, TeamHours Hours);

public sealed record NewTeam(string? Name, string? DisplayName);

public sealed record TeamChange(string? DisplayName = null, bool? Archived = null);

/// <summary>
/// A team's service promise; days are "monday"…, times "HH:mm", dates "yyyy-MM-dd". No weekly hours at all means
/// around the clock; otherwise a day not listed is closed. Nullable so the bot can say which part is missing.
/// </summary>
public sealed record TeamHours(PrioritySeconds? FirstResponseSeconds, string? TimeZone, IReadOnlyList<WeekdayHours>? WeeklyHours,
    IReadOnlyList<string>? ClosedDates, int? TicketReplyHours);

/// <summary>First-response targets per priority; the upper-case names are the API's ("P1").</summary>
public sealed record PrioritySeconds(
    [property: JsonPropertyName("P1")] int? P1,
    [property: JsonPropertyName("P2")] int? P2,
    [property: JsonPropertyName("P3")] int? P3);

/// <summary>One weekday's opening in the team's time zone; closes equal to opens is the whole day, before opens runs past midnight.</summary>
public sealed record WeekdayHours(string? Day, string? Opens, string? Closes);

/// <summary>One line of the routing list; absent conditions match anything, an absent priority keeps the escalation's.</summary>
public sealed record RouteRule(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Intent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Locale,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    string? Team,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Priority);

/// <summary>Topic intents, customer tiers and escalation reasons a rule can match on, as the bot names them.</summary>
public sealed record RoutingChoices(IReadOnlyList<string> Intents, IReadOnlyList<string> Tiers, IReadOnlyList<string> Reasons);

public enum TeamOutcome { Done, Invalid, NotFound, Conflict }

/// <summary>What a change came to: the changed thing, field problems (keyed as the API names fields), or why not.</summary>
public sealed record TeamResult<T>(TeamOutcome Outcome, T? Value = null, IReadOnlyDictionary<string, string[]>? Problems = null,
    string? Message = null) where T : class
{
    public static TeamResult<T> Done(T value) => new(TeamOutcome.Done, value);

    public static TeamResult<T> Invalid(IReadOnlyDictionary<string, string[]> problems, string message) =>
        new(TeamOutcome.Invalid, Problems: problems, Message: message);

    public static TeamResult<T> NotFound(string message) => new(TeamOutcome.NotFound, Message: message);

    public static TeamResult<T> Conflict(string message) => new(TeamOutcome.Conflict, Message: message);
}
