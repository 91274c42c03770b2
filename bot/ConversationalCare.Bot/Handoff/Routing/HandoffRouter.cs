using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>What routing looks at: the conversation's topic intent, the customer's tier, channel, locale and the escalation rule that fired.</summary>
public sealed record RoutingFacts(string? Intent, string Tier, string Channel, string Locale, string Reason);

/// <summary>Where a handoff goes: a team, its service promise, the priority, and which rule said so (null: none matched).</summary>
public sealed record HandoffRoute(string Team, TeamServiceHours Hours, int Priority, int? RulePosition, string? FallbackReason = null);

/// <summary>
/// Where a handoff is routed. The first routing rule whose conditions all match picks the team and priority (an
/// absent condition matches anything, a rule without a priority keeps the escalation's own); nothing matched, or a
/// rule naming an archived or missing team, means the general team. Teams and rules are read from the database
/// for every handoff, so an admin's change applies to the next handoff on every host without a restart.
/// </summary>
public sealed class HandoffRouter(IDbContextFactory<CareDb> dbFactory, IOptions<HandoffOptions> options, ILogger<HandoffRouter> logger)
{
    public async Task<HandoffRoute> RouteAsync(Guid customerId, string? topic, string channel, string locale, string reason,
        int escalationPriority, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToListAsync(cancellationToken);
        var tier = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Tier).FirstOrDefaultAsync(cancellationToken);
        var facts = new RoutingFacts(topic, tier ?? CustomerTiers.Standard, channel, locale, reason);
        var route = Route(rules, teams, facts, escalationPriority, DefaultHours);
        if (route.FallbackReason is { } why)
            logger.LogWarning("Routing rule {Position} {Why}; the handoff goes to the general team", route.RulePosition, why);
        return route;
    }

    /// <summary>The service promise of a team (general's if it has gone, the configured defaults if even that has).</summary>
    public async Task<TeamServiceHours> HoursOfAsync(string team, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Teams.AsNoTracking().Where(t => t.Name == team || t.Name == DefaultTeams.General).ToListAsync(cancellationToken);
        return (found.FirstOrDefault(t => t.Name == team) ?? found.FirstOrDefault())?.ServiceHours ?? DefaultHours;
    }

    /// <summary>Names of the teams that take new handoffs, for transfers.</summary>
    public async Task<IReadOnlyList<string>> ActiveTeamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().Where(t => !t.Archived).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
    }

    private TeamServiceHours DefaultHours => DefaultTeams.ServiceHoursFrom(options.Value);

    public static HandoffRoute Route(IEnumerable<RoutingRule> rules, IReadOnlyCollection<Team> teams, RoutingFacts facts,
        int escalationPriority, TeamServiceHours defaults)
    {
        var rule = rules.OrderBy(r => r.Position).FirstOrDefault(r => Matches(r.When, facts));
        var priority = rule?.Priority ?? escalationPriority;
        var general = teams.FirstOrDefault(t => t.Name == DefaultTeams.General)?.ServiceHours ?? defaults;
        if (rule is null) return new(DefaultTeams.General, general, priority, null);
        var team = teams.FirstOrDefault(t => t.Name == rule.Team);
        if (team is { Archived: false }) return new(team.Name, team.ServiceHours, priority, rule.Position);
        return new(DefaultTeams.General, general, priority, rule.Position,
            team is null ? $"names team '{rule.Team}', which does not exist" : $"names team '{rule.Team}', which is archived");
    }

    public static bool Matches(RoutingCondition when, RoutingFacts facts) =>
        Same(when.Intent, facts.Intent) && Same(when.Tier, facts.Tier) && Same(when.Channel, facts.Channel)
        && Same(when.Reason, facts.Reason) && LocaleMatches(when.Locale, facts.Locale);

    private static bool Same(string? condition, string? fact) =>
        condition is null || string.Equals(condition, fact, StringComparison.OrdinalIgnoreCase);

    /// <summary>"zh" matches zh-CN and zh-TW; "zh-CN" matches only zh-CN (not "zhx").</summary>
    private static bool LocaleMatches(string? condition, string locale) =>
        condition is null || string.Equals(condition, locale, StringComparison.OrdinalIgnoreCase)
        || locale.StartsWith(condition + "-", StringComparison.OrdinalIgnoreCase);
}
