using System.Text.RegularExpressions;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>Turns the rule list an admin sent into routing rules, or says rule by rule and field by field what is wrong.</summary>
public static partial class RoutingRuleInput
{
    public const int MaxRules = 200;

    /// <summary>Intents that can be a conversation's topic; "a person please", greetings and thanks never are.</summary>
    public static IReadOnlyList<string> TopicIntents { get; } =
        [.. Intents.All.Except([Intents.RequestHuman, Intents.Greeting, Intents.ThanksGoodbye, Intents.OutOfScope])];

    public static IReadOnlyList<RoutingRule>? Parse(IReadOnlyList<RouteRule?> body, IReadOnlyCollection<Team> teams, FieldErrors errors)
    {
        if (body.Count > MaxRules) errors.Add("rules", $"Keep the list to {MaxRules} rules.");
        var rules = new List<RoutingRule>();
        foreach (var (rule, i) in body.Select((r, i) => (r, i)))
        {
            var field = $"[{i}]";
            if (rule is null)
            {
                errors.Add(field, "A rule is an object with a team.");
                continue;
            }
            var intent = OneOf(rule.Intent, TopicIntents, $"{field}.intent", errors);
            var tier = OneOf(rule.Tier, [CustomerTiers.Standard, CustomerTiers.Vip], $"{field}.tier", errors);
            var reason = OneOf(rule.Reason, EscalationRules.All, $"{field}.reason", errors);
            var channel = Blank(rule.Channel)?.ToLowerInvariant();
            if (channel is not null && !ChannelPattern().IsMatch(channel))
                errors.Add($"{field}.channel", "A channel id is lower-case letters, digits, dots, dashes or underscores, e.g. directline, msteams.");
            var locale = Blank(rule.Locale);
            if (locale is not null && !LocalePattern().IsMatch(locale))
                errors.Add($"{field}.locale", "A locale is a language (zh) or language and region (zh-CN).");
            var team = Blank(rule.Team)?.ToLowerInvariant();
            var known = teams.FirstOrDefault(t => t.Name == team);
            if (team is null) errors.Add($"{field}.team", "Name the team the rule routes to.");
            else if (known is null) errors.Add($"{field}.team", $"There is no team '{team}'.");
            else if (known.Archived) errors.Add($"{field}.team", $"Team '{team}' is archived.");
            int? priority = Blank(rule.Priority)?.ToUpperInvariant() switch
            {
                null => null,
                "P1" => 1,
                "P2" => 2,
                "P3" => 3,
                _ => -1,
            };
            if (priority == -1) errors.Add($"{field}.priority", "Priority is P1, P2 or P3, or absent to keep the escalation's own.");
            if (!errors.Any) rules.Add(new RoutingRule(i, new RoutingCondition(intent, tier, channel, locale, reason), team!, priority));
        }
        return errors.Any ? null : rules;
    }

    private static string? OneOf(string? value, IReadOnlyList<string> allowed, string field, FieldErrors errors)
    {
        var given = Blank(value)?.ToLowerInvariant();
        if (given is null || allowed.Contains(given)) return given;
        errors.Add(field, $"Choose one of: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>An empty condition is no condition.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex ChannelPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex LocalePattern();
}
