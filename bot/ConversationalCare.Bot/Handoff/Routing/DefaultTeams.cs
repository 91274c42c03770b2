using System.Globalization;
using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// What a fresh install starts with: six teams whose service hours come from <see cref="HandoffOptions"/> (so an
/// existing configuration keeps working) and the routing rules that route as the bot always has. Admins change
/// both afterwards; only <see cref="General"/> is special, as the team anything unmatched goes to.
/// </summary>
public static class DefaultTeams
{
    public const string General = "general";
    public const string Complaints = "complaints";
    public const string Orders = "orders";
    public const string Returns = "returns";
    public const string Billing = "billing";
    public const string Technical = "technical";

    public static IReadOnlyList<(string Name, string DisplayName)> Seeded { get; } =
    [
        (General, "General"), (Complaints, "Complaints"), (Orders, "Orders"),
        (Returns, "Returns and refunds"), (Billing, "Billing and payment"), (Technical, "Technical support"),
    ];

    /// <summary>A complaint is P1 for the complaints team whatever its topic; a topic keeps the escalation's priority.</summary>
    public static IReadOnlyList<RoutingRule> Rules() =>
    [
        new(0, new(null, null, null, null, EscalationRules.Complaint), Complaints, 1),
        new(1, Topic(Intents.Complaint), Complaints, null),
        new(2, Topic(Intents.OrderStatus), Orders, null),
        new(3, Topic(Intents.ReturnsRefunds), Returns, null),
        new(4, Topic(Intents.BillingPayment), Billing, null),
        new(5, Topic(Intents.TechnicalIssue), Technical, null),
    ];

    private static RoutingCondition Topic(string intent) => new(intent, null, null, null, null);

    /// <summary>
    /// The configured hours as a team's: "09:00-18:00" on each of "Mon,Tue,…" (every day when unset); neither set
    /// means around the clock. Throws <see cref="FormatException"/> on a bad value (options are validated at start).
    /// </summary>
    public static TeamServiceHours ServiceHoursFrom(HandoffOptions options)
    {
        var everyDay = string.IsNullOrWhiteSpace(options.OpenDays);
        var allDay = string.IsNullOrWhiteSpace(options.OpeningHours);
        List<DayHours> weekly = [];
        if (!everyDay || !allDay)
        {
            var days = everyDay ? Enum.GetValues<DayOfWeek>() : options.OpenDays!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ParseDay);
            var (opens, closes) = allDay ? (TimeOnly.MinValue, TimeOnly.MinValue) : ParseHours(options.OpeningHours!);
            weekly = [.. days.Distinct().OrderBy(ServiceHours.MondayFirst).Select(day => new DayHours(day, opens, closes))];
        }
        return new(options.FirstResponseSecondsP1, options.FirstResponseSecondsP2, options.FirstResponseSecondsP3,
            options.TimeZone, weekly, [], options.TicketReplyHours);
    }

    private static DayOfWeek ParseDay(string day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
            if (day.Length >= 3 && candidate.ToString().StartsWith(day, StringComparison.OrdinalIgnoreCase)) return candidate;
        throw new FormatException($"Open day '{day}' must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun.");
    }

    private static (TimeOnly Opens, TimeOnly Closes) ParseHours(string hours)
    {
        var parts = hours.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
            return (opens, closes);
        throw new FormatException($"Opening hours '{hours}' must look like 09:00-18:00.");
    }
}
