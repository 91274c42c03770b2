using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>Bound from ConversationalCare:DirectLine.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The shared secret a website backend uses to mint tokens; leave empty to allow tokens only.</summary>
    public string? Secret { get; set; }

    /// <summary>Base64 HMAC key that signs tokens. Set it when several instances serve one site; when empty,
    /// a key is generated once and kept in the data directory so tokens survive restarts.</summary>
    public string? TokenSigningKey { get; set; }

    [Range(60, 86400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Overrides the scheme and host used in streamUrl when a proxy sits in front, e.g. https://chat.example.com.</summary>
    public string? PublicBaseUrl { get; set; }

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    [Range(1024, 100 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Posts accepted per conversation per minute; a person types far fewer, a runaway script more.</summary>
    [Range(1, 1_000_000)]
    public int ActivitiesPerMinute { get; set; } = 120;

    /// <summary>New conversations or tokens per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int ConversationsPerMinute { get; set; } = 60;

    [Range(1, 600)]
    public int HeartbeatSeconds { get; set; } = 20;

    /// <summary>Origins allowed to call Direct Line from a browser; "*" allows any (tokens still gate access).</summary>
    public string[] AllowedOrigins { get; set; } = ["*"];
}
