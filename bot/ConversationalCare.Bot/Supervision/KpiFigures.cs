namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// The supervision KPIs for one set of conversations; the README's "KPIs" section defines each one. Rates are 0–1,
/// times are seconds, and a figure with nothing to measure (no handoffs, no surveys…) is null rather than 0.
/// </summary>
public sealed record KpiFigures(
    int Conversations,
    int Handoffs,
    double? ContainmentRate,
    double? EscalationRate,
    IReadOnlyDictionary<string, double> EscalationRateByReason,
    double? BotFirstResponseSecondsP50,
    double? BotFirstResponseSecondsP90,
    double? FirstResponseSecondsP50,
    double? FirstResponseSecondsP90,
    double? AverageResponseSeconds,
    double? AverageHandlingSeconds,
    double? FirstContactResolutionRate,
    double? CsatAverage,
    double? CsatSatisfiedShare,
    double? CsatResponseRate,
    double? ComplaintRate,
    double? RepeatComplaintRate,
    double? SlaBreachRate,
    double? QueueWaitSecondsP50,
    double? QueueWaitSecondsP90,
    double? AgentUtilisation,
    int Transfers);

/// <summary>This period's figure minus the previous period's, for every figure both periods have.</summary>
public sealed record KpiChange(
    int Conversations,
    double? ContainmentRate,
    double? EscalationRate,
    double? FirstResponseSecondsP50,
    double? AverageResponseSeconds,
    double? AverageHandlingSeconds,
    double? FirstContactResolutionRate,
    double? CsatAverage,
    double? CsatResponseRate,
    double? ComplaintRate,
    double? SlaBreachRate,
    double? QueueWaitSecondsP50,
    double? AgentUtilisation)
{
    public static KpiChange Between(KpiFigures now, KpiFigures before) => new(
        now.Conversations - before.Conversations,
        now.ContainmentRate - before.ContainmentRate,
        now.EscalationRate - before.EscalationRate,
        now.FirstResponseSecondsP50 - before.FirstResponseSecondsP50,
        now.AverageResponseSeconds - before.AverageResponseSeconds,
        now.AverageHandlingSeconds - before.AverageHandlingSeconds,
        now.FirstContactResolutionRate - before.FirstContactResolutionRate,
        now.CsatAverage - before.CsatAverage,
        now.CsatResponseRate - before.CsatResponseRate,
        now.ComplaintRate - before.ComplaintRate,
        now.SlaBreachRate - before.SlaBreachRate,
        now.QueueWaitSecondsP50 - before.QueueWaitSecondsP50,
        now.AgentUtilisation - before.AgentUtilisation);
}

/// <summary>One value of the grouping dimension (a channel, an agent, a day…) and its figures.</summary>
public sealed record KpiGroup(string Key, KpiFigures Figures);

/// <summary>A KPI report: the period, its figures overall and per group, and the previous period of equal length.</summary>
public sealed record KpiReport(
    DateTimeOffset From,
    DateTimeOffset To,
    string? GroupBy,
    int FcrWindowDays,
    DateTimeOffset ComputedAt,
    KpiFigures Overall,
    KpiFigures Previous,
    KpiChange Change,
    IReadOnlyList<KpiGroup> Groups);
