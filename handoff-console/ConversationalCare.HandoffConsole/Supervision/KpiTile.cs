using System.Globalization;

namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// One KPI tile: how to read the figure and its change from a report, which way is better, and which conversations
/// stand behind it when clicked. Changes are written out ("▲ 4 pts, worse") so they never rely on colour alone.
/// </summary>
public sealed record KpiTile(
    string Key,
    string Label,
    Func<SupervisionFigures, double?> Value,
    Func<SupervisionChange, double?> Change,
    KpiUnit Unit,
    bool? HigherIsBetter,
    KpiFilter DrillDown,
    Func<SupervisionFigures, string?>? Note = null)
{
    public static readonly IReadOnlyList<KpiTile> All =
    [
        new("conversations", "Conversations", f => f.Conversations, c => c.Conversations, KpiUnit.Count, null, KpiFilter.All,
            f => f.Handoffs == 1 ? "1 handed to a person" : $"{f.Handoffs} handed to people"),
        new("containment", "Containment", f => f.ContainmentRate, c => c.ContainmentRate, KpiUnit.Rate, true, KpiFilter.Contained),
        new("escalation", "Escalation rate", f => f.EscalationRate, c => c.EscalationRate, KpiUnit.Rate, false, KpiFilter.Escalated),
        new("first-response", "First response p50 (person)", f => f.FirstResponseSecondsP50, c => c.FirstResponseSecondsP50, KpiUnit.Seconds, false, KpiFilter.Escalated),
        new("handling", "Average handling time", f => f.AverageHandlingSeconds, c => c.AverageHandlingSeconds, KpiUnit.Seconds, false, KpiFilter.Escalated),
        new("fcr", "First contact resolution", f => f.FirstContactResolutionRate, c => c.FirstContactResolutionRate, KpiUnit.Rate, true, KpiFilter.NotResolvedFirstTime),
        new("csat", "CSAT average", f => f.CsatAverage, c => c.CsatAverage, KpiUnit.Score, true, KpiFilter.LowCsat,
            f => f.CsatSatisfiedShare is { } share ? $"{Format(share, KpiUnit.Rate)} gave 4–5" : null),
        new("sla-breach", "SLA breach rate", f => f.SlaBreachRate, c => c.SlaBreachRate, KpiUnit.Rate, false, KpiFilter.SlaBreached),
    ];

    public static string Format(double? value, KpiUnit unit) => value is not { } v ? "—" : unit switch
    {
        KpiUnit.Count => v.ToString("N0", CultureInfo.InvariantCulture),
        KpiUnit.Rate => $"{Math.Round(v * 100, 1).ToString("0.#", CultureInfo.InvariantCulture)}%",
        KpiUnit.Score => $"{v.ToString("0.0", CultureInfo.InvariantCulture)} / 5",
        _ => Duration(v),
    };

    /// <summary>"45 s", "3 min 20 s", "1 h 5 min": the precision a supervisor reads a wait or a chat at.</summary>
    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Round(Math.Abs(seconds)));
        if (span < TimeSpan.FromMinutes(1)) return $"{span.Seconds} s";
        if (span < TimeSpan.FromHours(1)) return span.Seconds == 0 ? $"{span.Minutes} min" : $"{span.Minutes} min {span.Seconds} s";
        return $"{(int)span.TotalHours} h {span.Minutes} min";
    }

    /// <summary>The change in words: arrow, amount and whether that is better, e.g. "▲ 4.5 pts, worse".</summary>
    public string DescribeChange(SupervisionChange change)
    {
        if (Change(change) is not { } delta) return "no previous figure";
        var amount = Unit switch
        {
            KpiUnit.Count => Math.Abs(delta).ToString("N0", CultureInfo.InvariantCulture),
            KpiUnit.Rate => $"{Math.Round(Math.Abs(delta) * 100, 1).ToString("0.#", CultureInfo.InvariantCulture)} pts",
            KpiUnit.Score => Math.Abs(delta).ToString("0.0#", CultureInfo.InvariantCulture),
            _ => Duration(delta),
        };
        var arrow = delta > 0 ? "▲" : "▼";
        return Trend(change) switch
        {
            KpiTrend.Same => "▬ no change",
            KpiTrend.Better => $"{arrow} {amount}, better",
            KpiTrend.Worse => $"{arrow} {amount}, worse",
            // Volume is neither good nor bad in itself: more conversations may mean more customers.
            _ => $"{arrow} {amount}",
        };
    }

    public KpiTrend Trend(SupervisionChange change) => Change(change) switch
    {
        null => KpiTrend.Unknown,
        var d when Math.Abs(d.Value) < 1e-9 => KpiTrend.Same,
        _ when HigherIsBetter is null => KpiTrend.Neutral,
        var d when d > 0 == HigherIsBetter => KpiTrend.Better,
        _ => KpiTrend.Worse,
    };
}

public enum KpiUnit { Count, Rate, Seconds, Score }

public enum KpiTrend { Unknown, Same, Better, Worse, Neutral }
