using System.Globalization;

namespace ConversationalCare.Bot.Supervision;

/// <summary>The ways a report can be cut. A conversation belongs to exactly one group per dimension.</summary>
public enum KpiDimension { Channel, Intent, Locale, Agent, Team, Day, Hour }

public static class KpiDimensions
{
    public const string Bot = "(bot)";
    public const string Unassigned = "(unassigned)";

    public static bool TryParse(string? text, out KpiDimension dimension) =>
        Enum.TryParse(text, ignoreCase: true, out dimension) && !int.TryParse(text, out _) && Enum.IsDefined(dimension);

    /// <summary>The group of a conversation: agent and team are those of its latest handoff; day and hour are UTC.</summary>
    public static string KeyOf(ConversationFacts facts, KpiDimension dimension) => dimension switch
    {
        KpiDimension.Channel => facts.Channel,
        KpiDimension.Intent => facts.Intent,
        KpiDimension.Locale => facts.Locale,
        KpiDimension.Agent => facts.LastHandoff is { } h ? h.Owner ?? Unassigned : Bot,
        KpiDimension.Team => facts.LastHandoff?.Team ?? Bot,
        KpiDimension.Day => facts.StartedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        KpiDimension.Hour => facts.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:00Z", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
