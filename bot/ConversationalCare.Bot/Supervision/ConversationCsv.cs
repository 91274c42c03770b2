using System.Globalization;
using System.Text;

namespace ConversationalCare.Bot.Supervision;

/// <summary>Writes <see cref="ConversationKpiRow"/>s as RFC 4180 CSV, invariant culture, times in UTC ISO 8601.</summary>
public static class ConversationCsv
{
    private static readonly string[] Header =
    [
        "conversationId", "customer", "channel", "locale", "intent", "startedAt", "lastActivityAt", "customerMessages",
        "botFirstResponseSeconds", "averageResponseSeconds", "escalated", "escalationReason", "team", "agent", "handoffs",
        "queueWaitSeconds", "firstResponseSeconds", "handlingSeconds", "transfers", "slaBreached", "csatAsked", "csatScore",
        "contained", "resolvedAtFirstContact", "complaint", "repeatComplaint",
    ];

    public static string Write(IEnumerable<ConversationKpiRow> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var r in rows)
        {
            object?[] values =
            [
                r.ConversationId, r.Customer, r.Channel, r.Locale, r.Intent, r.StartedAt, r.LastActivityAt, r.CustomerMessages,
                r.BotFirstResponseSeconds, r.AverageResponseSeconds, r.Escalated, r.EscalationReason, r.Team, r.Agent, r.Handoffs,
                r.QueueWaitSeconds, r.FirstResponseSeconds, r.HandlingSeconds, r.Transfers, r.SlaBreached, r.CsatAsked, r.CsatScore,
                r.Contained, r.ResolvedAtFirstContact, r.Complaint, r.RepeatComplaint,
            ];
            csv.AppendJoin(',', values.Select(Field)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        double d => Math.Round(d, 3).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    /// <summary>Quotes when needed, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Text(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '@' or '-') text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
