using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>Who may read <c>/metrics</c>, bound from <c>ConversationalCare:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "ConversationalCare:Telemetry";

    /// <summary>
    /// A bearer token that lets a scraper on another machine read <c>/metrics</c>; without one only this machine
    /// (loopback, not through a proxy) may. Long enough that guessing it is hopeless.
    /// </summary>
    [MinLength(24, ErrorMessage = "ConversationalCare:Telemetry:MetricsToken must be at least 24 characters.")]
    public string? MetricsToken { get; set; }
}
