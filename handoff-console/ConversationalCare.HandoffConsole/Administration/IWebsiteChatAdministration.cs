namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The port the "Add the chat to your site" page and the admin API need: how the website widget looks and greets,
/// which sites may embed it, and the Direct Line secrets websites and backends use. The bot implements it.
/// </summary>
public interface IWebsiteChatAdministration
{
    /// <param name="requestBaseUrl">This host as the caller reached it; the configured public base URL wins.</param>
    Task<WebsiteChat> GetAsync(string requestBaseUrl, CancellationToken cancellationToken);

    /// <summary>Replaces the settings; languages left out get the defaults, null origins mean the configured list.</summary>
    Task<WebsiteChatResult> SaveAsync(WebsiteChatSettings settings, string actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectLineSecretInfo>> ListSecretsAsync(CancellationToken cancellationToken);

    /// <summary>Generates a secret; its value is in <see cref="WebsiteChatResult.SecretValue"/> this once and never again.</summary>
    Task<WebsiteChatResult> CreateSecretAsync(string? name, string actor, CancellationToken cancellationToken);

    /// <summary>Stops a secret at once on this host and within seconds on every other; revoking twice changes nothing.</summary>
    Task<WebsiteChatResult> RevokeSecretAsync(string id, string actor, CancellationToken cancellationToken);
}

/// <summary>What an admin sets. Languages are keyed "en", "zh"; <see cref="AllowedOrigins"/> null keeps the configured default.</summary>
public sealed record WebsiteChatSettings(
    string? BrandName,
    string? AccentColor,
    IReadOnlyDictionary<string, WebsiteChatLanguage>? Languages,
    IReadOnlyList<string>? AllowedOrigins);

public sealed record WebsiteChatLanguage(string? WelcomeText, IReadOnlyList<string>? StarterQuestions);

/// <summary>The settings with every language filled in, the origins in force and the snippet to paste.</summary>
public sealed record WebsiteChat(
    WebsiteChatSettings Settings,
    IReadOnlyList<string> EffectiveAllowedOrigins,
    bool OriginsFromConfiguration,
    string Snippet,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt);

/// <summary>A Direct Line secret as admins see it after creation: never the secret, only its last four characters.</summary>
public sealed record DirectLineSecretInfo(
    string Id,
    string Name,
    string LastFour,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy)
{
    public bool Active => RevokedAt is null;
}

public enum WebsiteChatOutcome { Done, Invalid, NotFound }

/// <summary>What a change came to: the new state, field problems, or why not.</summary>
public sealed record WebsiteChatResult(
    WebsiteChatOutcome Outcome,
    WebsiteChat? Chat = null,
    DirectLineSecretInfo? Secret = null,
    string? SecretValue = null,
    IReadOnlyDictionary<string, string[]>? Problems = null,
    string? Message = null);
