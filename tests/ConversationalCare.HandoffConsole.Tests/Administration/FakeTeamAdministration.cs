using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>
/// Teams and rules kept in memory: it stores what the page sends and remembers it, and refuses only when a test says
/// so, because deciding what is valid is the bot's business, not the page's.
/// </summary>
public sealed class FakeTeamAdministration : ITeamAdministration
{
    public static readonly TeamHours NineToSix = new(new PrioritySeconds(60, 180, 600), "Europe/Berlin",
        [.. new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new WeekdayHours(d, "09:00", "18:00"))],
        ["2026-12-25"], 48);

    public List<ServiceTeam> Teams { get; } =
    [
        new("billing", "Billing and payment", false, NineToSix),
        new("general", "General", false, NineToSix),
        new("orders", "Orders", false, NineToSix),
    ];

    public List<RouteRule> Rules { get; } =
    [
        new(null, null, null, null, "complaint", "general", "P1"),
        new("order_status", null, null, null, null, "orders", null),
        new("billing_payment", null, null, null, null, "billing", null),
    ];

    public List<(string Team, TeamChange Change)> Changes { get; } = [];
    public List<(string Team, TeamHours Hours)> HoursSaved { get; } = [];
    public List<IReadOnlyList<RouteRule?>> RulesSaved { get; } = [];
    public List<string> Actors { get; } = [];

    /// <summary>When set, the next change of any kind is refused with these field problems.</summary>
    public Dictionary<string, string[]>? Refuse { get; set; }

    public RoutingChoices Choices { get; } = new(["order_status", "returns_refunds", "billing_payment"], ["standard", "vip"], ["customer-asked", "complaint"]);

    public Task<IReadOnlyList<ServiceTeam>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ServiceTeam>>([.. Teams.OrderBy(t => t.Name)]);

    public Task<TeamResult<ServiceTeam>> CreateAsync(NewTeam team, string actor, CancellationToken cancellationToken)
    {
        Actors.Add(actor);
        if (Refused<ServiceTeam>() is { } refusal) return Task.FromResult(refusal);
        var created = new ServiceTeam(team.Name!, team.DisplayName ?? team.Name!, false, NineToSix);
        Teams.Add(created);
        return Task.FromResult(TeamResult<ServiceTeam>.Done(created));
    }

    public Task<TeamResult<ServiceTeam>> ChangeAsync(string name, TeamChange change, string actor, CancellationToken cancellationToken)
    {
        Actors.Add(actor);
        Changes.Add((name, change));
        if (Refused<ServiceTeam>() is { } refusal) return Task.FromResult(refusal);
        var index = Teams.FindIndex(t => t.Name == name);
        Teams[index] = Teams[index] with { DisplayName = change.DisplayName ?? Teams[index].DisplayName, Archived = change.Archived ?? Teams[index].Archived };
        return Task.FromResult(TeamResult<ServiceTeam>.Done(Teams[index]));
    }

    public Task<TeamHours?> HoursAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Teams.FirstOrDefault(t => t.Name == name)?.Hours);

    public Task<TeamResult<TeamHours>> SetHoursAsync(string name, TeamHours hours, string actor, CancellationToken cancellationToken)
    {
        Actors.Add(actor);
        HoursSaved.Add((name, hours));
        if (Refused<TeamHours>() is { } refusal) return Task.FromResult(refusal);
        var index = Teams.FindIndex(t => t.Name == name);
        Teams[index] = Teams[index] with { Hours = hours };
        return Task.FromResult(TeamResult<TeamHours>.Done(hours));
    }

    public Task<IReadOnlyList<RouteRule>> RulesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RouteRule>>([.. Rules]);

    public Task<TeamResult<IReadOnlyList<RouteRule>>> ReplaceRulesAsync(IReadOnlyList<RouteRule?> rules, string actor, CancellationToken cancellationToken)
    {
        Actors.Add(actor);
        RulesSaved.Add(rules);
        if (Refused<IReadOnlyList<RouteRule>>() is { } refusal) return Task.FromResult(refusal);
        Rules.Clear();
        Rules.AddRange(rules.Select(r => r!));
        return Task.FromResult(TeamResult<IReadOnlyList<RouteRule>>.Done([.. Rules]));
    }

    private TeamResult<T>? Refused<T>() where T : class
    {
        if (Refuse is not { } problems) return null;
        Refuse = null;
        return TeamResult<T>.Invalid(problems, "The bot refused the change.");
    }
}
