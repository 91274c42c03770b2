namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The routing list as the editor holds it until saved: rows in order, each condition as text where empty means
/// "any". The whole list is sent at once, as the API replaces it.
/// </summary>
public sealed class RoutingRulesForm
{
    public List<RuleRow> Rules { get; } = [];

    public static RoutingRulesForm From(IEnumerable<RouteRule> rules)
    {
        var form = new RoutingRulesForm();
        form.Rules.AddRange(rules.Select(r => new RuleRow
        {
            Intent = r.Intent ?? "", Tier = r.Tier ?? "", Channel = r.Channel ?? "", Locale = r.Locale ?? "",
            Reason = r.Reason ?? "", Team = r.Team ?? "", Priority = r.Priority ?? "",
        }));
        return form;
    }

    public void Add() => Rules.Add(new RuleRow());

    public void Remove(int index) => Rules.RemoveAt(index);

    public void MoveUp(int index)
    {
        if (index > 0) (Rules[index - 1], Rules[index]) = (Rules[index], Rules[index - 1]);
    }

    public void MoveDown(int index)
    {
        if (index < Rules.Count - 1) (Rules[index + 1], Rules[index]) = (Rules[index], Rules[index + 1]);
    }

    public IReadOnlyList<RouteRule?> ToRules() =>
        [.. Rules.Select(r => new RouteRule(Any(r.Intent), Any(r.Tier), Any(r.Channel), Any(r.Locale), Any(r.Reason), Any(r.Team), Any(r.Priority)))];

    /// <summary>An empty condition is no condition.</summary>
    private static string? Any(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class RuleRow
{
    public string Intent { get; set; } = "";
    public string Tier { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Locale { get; set; } = "";
    public string Reason { get; set; } = "";
    public string Team { get; set; } = "";
    public string Priority { get; set; } = "";
}
