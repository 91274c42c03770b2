using System.Net;
using System.Text.Json;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Channels.DirectLine;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Administration.Website;

/// <summary>
/// The website chat's settings and Direct Line secrets, kept as two desk settings. Hot paths (every Direct Line call
/// with a secret, every CORS check, every widget load) read a snapshot at most <see cref="Freshness"/> old: a change
/// applies at once on the host that made it and within that time on every other host, with no restart.
/// </summary>
public sealed partial class WebsiteChatAdministration : IWebsiteChatAdministration, IDirectLineAccess
{
    public const string SettingsKey = "website-chat";
    public const string SecretsKey = "directline-secrets";
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly DeskDocument<WebsiteChatSettings> _settings;
    private readonly DeskDocument<SecretList> _secrets;
    private readonly TimeProvider _clock;
    private readonly IOptions<DirectLineOptions> _directLine;
    private readonly ILogger<WebsiteChatAdministration> _logger;
    private volatile Snapshot? _snapshot;
    private int _generation;

    public WebsiteChatAdministration(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock,
        IOptions<DirectLineOptions> directLine, ILogger<WebsiteChatAdministration> logger)
    {
        _settings = new(SettingsKey, dbFactory, audit, clock);
        _secrets = new(SecretsKey, dbFactory, audit, clock);
        (_clock, _directLine, _logger) = (clock, directLine, logger);
    }

    public async Task<WebsiteChat> GetAsync(string requestBaseUrl, CancellationToken cancellationToken)
    {
        var (stored, row) = await _settings.ReadAsync(cancellationToken);
        return ToChat(WebsiteChatRules.Check(stored ?? WebsiteChatRules.Defaults).Normalized, requestBaseUrl, row?.UpdatedBy, row?.UpdatedAt);
    }

    public async Task<WebsiteChatResult> SaveAsync(WebsiteChatSettings settings, string actor, CancellationToken cancellationToken)
    {
        var (normalized, problems) = WebsiteChatRules.Check(settings);
        if (problems.Count > 0) return new(WebsiteChatOutcome.Invalid, Problems: problems, Message: "The website chat settings are not valid.");
        await _settings.ChangeAsync<WebsiteChatSettings>(actor, "website-chat.changed", SettingsKey, current =>
            Same(current, normalized) ? null : (normalized, normalized, current, normalized), cancellationToken);
        Changed();
        _logger.LogInformation("{Actor} changed the website chat settings", actor);
        return new(WebsiteChatOutcome.Done);
    }

    /// <summary>The settings in force (defaults until an admin saves), for the widget.</summary>
    public async ValueTask<WebsiteChatSettings> CurrentSettingsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Settings;

    public async ValueTask<IReadOnlyList<string>?> AllowedOriginsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Settings.AllowedOrigins;

    private WebsiteChat ToChat(WebsiteChatSettings settings, string requestBaseUrl, string? updatedBy, DateTimeOffset? updatedAt) =>
        new(settings, settings.AllowedOrigins ?? _directLine.Value.AllowedOrigins, settings.AllowedOrigins is null,
            Snippet(_directLine.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl), updatedBy, updatedAt);

    /// <summary>The same tag the demo shop uses; the widget fetches brand, colour and greetings from this host.</summary>
    public static string Snippet(string baseUrl) =>
        $"""<script src="{WebUtility.HtmlEncode(baseUrl.TrimEnd('/'))}/widget/care-widget.js" data-locale="en-US" defer></script>""";

    /// <summary>Records hold lists, whose equality is by reference; the stored JSON is what counts.</summary>
    private static bool Same(WebsiteChatSettings? stored, WebsiteChatSettings next) =>
        stored is not null && JsonSerializer.Serialize(stored, DeskDocument<WebsiteChatSettings>.Json) == JsonSerializer.Serialize(next, DeskDocument<WebsiteChatSettings>.Json);

    /// <summary>Drops the snapshot; a read that began before the change must not put its stale copy back.</summary>
    private void Changed()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } fresh && _clock.GetUtcNow() - fresh.ReadAt < Freshness) return fresh;
        var generation = Volatile.Read(ref _generation);
        var readAt = _clock.GetUtcNow();
        var (settings, _) = await _settings.ReadAsync(cancellationToken);
        var (secrets, _) = await _secrets.ReadAsync(cancellationToken);
        var snapshot = new Snapshot(WebsiteChatRules.Check(settings ?? WebsiteChatRules.Defaults).Normalized,
            (secrets?.Secrets ?? []).Where(s => s.RevokedAt is null).Select(s => s.Hash).ToHashSet(StringComparer.Ordinal), readAt);
        if (Volatile.Read(ref _generation) == generation) _snapshot = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(WebsiteChatSettings Settings, IReadOnlySet<string> ActiveSecretHashes, DateTimeOffset ReadAt);
}
