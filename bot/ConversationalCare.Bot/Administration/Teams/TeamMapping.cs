using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>Teams, hours and rules as the console port (and so the admin API) shows them.</summary>
public static class TeamMapping
{
    public static ServiceTeam ToDto(this Team team) => new(team.Name, team.DisplayName, team.Archived, team.ServiceHours.ToDto());

    public static TeamHours ToDto(this TeamServiceHours hours) => new(
        new(hours.FirstResponseSecondsP1, hours.FirstResponseSecondsP2, hours.FirstResponseSecondsP3),
        hours.TimeZone,
        [.. hours.WeeklyHours.Select(d => new WeekdayHours(d.Day.ToString().ToLowerInvariant(), d.Opens.ToString("HH:mm"), d.Closes.ToString("HH:mm")))],
        [.. hours.ClosedDates.Order().Select(d => d.ToString("yyyy-MM-dd"))],
        hours.TicketReplyHours);

    public static RouteRule ToDto(this RoutingRule rule) =>
        new(rule.Intent, rule.Tier, rule.Channel, rule.Locale, rule.Reason, rule.Team, rule.Priority is { } p ? $"P{p}" : null);
}
