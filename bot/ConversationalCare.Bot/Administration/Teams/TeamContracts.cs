using System.Text.Json.Serialization;
using ConversationalCare.Bot.Handoff.Routing;

namespace ConversationalCare.Bot.Administration.Teams;

public sealed record TeamDto(string Name, string DisplayName, bool Archived, TeamHoursDto Hours);

public sealed record NewTeamRequest(string? Name, string? DisplayName);

public sealed record TeamChangeRequest(string? DisplayName, bool? Archived);

/// <summary>A team's service promise as admins read and write it; days are "monday"…, times "HH:mm", dates "yyyy-MM-dd".</summary>
public sealed record TeamHoursDto(PrioritySeconds? FirstResponseSeconds, string? TimeZone, IReadOnlyList<DayHoursDto>? WeeklyHours,
    IReadOnlyList<string>? ClosedDates, int? TicketReplyHours);

public sealed record PrioritySeconds(
    [property: JsonPropertyName("P1")] int? P1,
    [property: JsonPropertyName("P2")] int? P2,
    [property: JsonPropertyName("P3")] int? P3);

public sealed record DayHoursDto(string? Day, string? Opens, string? Closes);

/// <summary>One routing rule on the wire; absent conditions match anything, an absent priority keeps the escalation's.</summary>
public sealed record RoutingRuleDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Intent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Locale,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    string? Team,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Priority);

public static class TeamMapping
{
    public static TeamDto ToDto(this Team team) => new(team.Name, team.DisplayName, team.Archived, team.ServiceHours.ToDto());

    public static TeamHoursDto ToDto(this TeamServiceHours hours) => new(
        new(hours.FirstResponseSecondsP1, hours.FirstResponseSecondsP2, hours.FirstResponseSecondsP3),
        hours.TimeZone,
        [.. hours.WeeklyHours.Select(d => new DayHoursDto(d.Day.ToString().ToLowerInvariant(), d.Opens.ToString("HH:mm"), d.Closes.ToString("HH:mm")))],
        [.. hours.ClosedDates.Order().Select(d => d.ToString("yyyy-MM-dd"))],
        hours.TicketReplyHours);

    public static RoutingRuleDto ToDto(this RoutingRule rule) =>
        new(rule.Intent, rule.Tier, rule.Channel, rule.Locale, rule.Reason, rule.Team, rule.Priority is { } p ? $"P{p}" : null);
}
