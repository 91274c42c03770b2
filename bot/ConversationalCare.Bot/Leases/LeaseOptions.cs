using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Leases;

/// <summary>How long a host keeps once-only work without renewing it; bound from ConversationalCare:Leases.</summary>
public sealed class LeaseOptions
{
    public const string Section = "ConversationalCare:Leases";

    /// <summary>
    /// 15 s by default: a host that dies leaves its work undone for at most this plus one retry (about 20 s), well
    /// inside the shortest SLA warning window, while a renewal every 5 s survives a slow query or a pause of seconds.
    /// </summary>
    [Range(3, 600)] public int LeaseSeconds { get; set; } = 15;

    public TimeSpan Duration => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The holder renews, and the others try to take over, three times per lease.</summary>
    public TimeSpan RenewEvery => Duration / 3;
}
