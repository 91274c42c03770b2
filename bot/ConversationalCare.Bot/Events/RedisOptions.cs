using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// <c>ConversationalCare:Redis</c>. Set <see cref="Configuration"/> when several host instances share one database,
/// so live events reach every host; without it everything stays in process.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "ConversationalCare:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis1:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Several hosts share the work and hear each other through Redis.</summary>
    public bool Clustered => !string.IsNullOrWhiteSpace(Configuration);

    /// <summary>The pub/sub channel; hosts of one installation share it, another installation on the same Redis picks its own.</summary>
    [Required] public string Channel { get; set; } = "conversationalcare:events";

    /// <summary>How often listeners re-read the database while Redis is unreachable.</summary>
    [Range(1, 60)] public int FallbackPollSeconds { get; set; } = 2;
}
