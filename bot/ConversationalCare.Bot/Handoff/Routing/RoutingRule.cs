namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// One line of the ordered routing list: when a handoff's conditions match (an absent condition matches anything),
/// it goes to <see cref="Team"/> at <see cref="Priority"/>; the first matching rule wins. A rule without a priority
/// keeps the one the escalation decided (customer asked P2, not helpful P3, ...).
/// </summary>
public sealed class RoutingRule
{
    private RoutingRule() { }

    public RoutingRule(int position, RoutingCondition when, string team, int? priority)
    {
        Position = position;
        Intent = when.Intent;
        Tier = when.Tier;
        Channel = when.Channel;
        Locale = when.Locale;
        Reason = when.Reason;
        Team = team;
        Priority = priority;
    }

    public int Id { get; private set; }
    /// <summary>0-based place in the list; the whole list is replaced at once, so positions are always 0..n-1.</summary>
    public int Position { get; private set; }
    /// <summary>The conversation's topic intent, e.g. "billing_payment".</summary>
    public string? Intent { get; private set; }
    /// <summary>Customer tier: "standard" or "vip".</summary>
    public string? Tier { get; private set; }
    /// <summary>Channel id, e.g. "webchat", "directline", "msteams".</summary>
    public string? Channel { get; private set; }
    /// <summary>Locale or language prefix: "zh" matches zh-CN and zh-TW.</summary>
    public string? Locale { get; private set; }
    /// <summary>The escalation rule that fired, e.g. "complaint" or "hot-emotion".</summary>
    public string? Reason { get; private set; }
    public string Team { get; private set; } = "";
    /// <summary>1 (most urgent) to 3, or null to keep the escalation's own.</summary>
    public int? Priority { get; private set; }

    public RoutingCondition When => new(Intent, Tier, Channel, Locale, Reason);
}

/// <summary>The conditions of a routing rule; null means "any".</summary>
public sealed record RoutingCondition(string? Intent, string? Tier, string? Channel, string? Locale, string? Reason);
