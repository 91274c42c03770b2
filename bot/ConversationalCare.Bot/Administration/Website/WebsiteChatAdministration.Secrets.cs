using System.Security.Cryptography;
using System.Text;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.Website;

/// <summary>
/// Direct Line secrets admins create for websites and backends. Only a SHA-256 hash and the last four characters
/// are kept; the secret itself is shown once. Several may be active at once so a site can rotate without downtime.
/// </summary>
public sealed partial class WebsiteChatAdministration
{
    public const int SecretNameMax = 60;

    /// <summary>32 bytes from the CSPRNG: 256 bits, as strong as the configured secret should be.</summary>
    private const int SecretBytes = 32;

    public async Task<IReadOnlyList<DirectLineSecretInfo>> ListSecretsAsync(CancellationToken cancellationToken)
    {
        var (list, _) = await _secrets.ReadAsync(cancellationToken);
        return [.. (list?.Secrets ?? []).OrderBy(s => s.RevokedAt is not null).ThenByDescending(s => s.CreatedAt).Select(s => s.ToInfo())];
    }

    public async Task<WebsiteChatResult> CreateSecretAsync(string? name, string actor, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > SecretNameMax)
            return new(WebsiteChatOutcome.Invalid, Problems: new Dictionary<string, string[]> { ["name"] = [$"Name the secret in 1 to {SecretNameMax} characters, e.g. \"Shop backend 2026\"."] },
                Message: "The secret needs a name.");
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var record = new StoredSecret(Guid.NewGuid().ToString("n")[..12], trimmed, Hash(secret), secret[^4..], _clock.GetUtcNow(), actor, null, null);
        await _secrets.ChangeAsync<StoredSecret>(actor, "directline-secret.created", record.Id, current =>
            (new SecretList([.. current?.Secrets ?? [], record]), record, null, record.ToInfo()), cancellationToken);
        Changed();
        _logger.LogInformation("{Actor} created the Direct Line secret {SecretId} ({Name})", actor, record.Id, trimmed);
        return new(WebsiteChatOutcome.Done, Secret: record.ToInfo(), SecretValue: secret);
    }

    public async Task<WebsiteChatResult> RevokeSecretAsync(string id, string actor, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var revoked = await _secrets.ChangeAsync<StoredSecret>(actor, "directline-secret.revoked", id, current =>
        {
            var secret = current?.Secrets.FirstOrDefault(s => s.Id == id);
            if (secret is not { RevokedAt: null }) return null;
            var changed = secret with { RevokedAt = now, RevokedBy = actor };
            return (new SecretList([.. current!.Secrets.Select(s => s.Id == id ? changed : s)]), changed, secret.ToInfo(), changed.ToInfo());
        }, cancellationToken);
        Changed();
        if (revoked is not null)
        {
            _logger.LogInformation("{Actor} revoked the Direct Line secret {SecretId}", actor, id);
            return new(WebsiteChatOutcome.Done, Secret: revoked.ToInfo());
        }
        var existing = (await ListSecretsAsync(cancellationToken)).FirstOrDefault(s => s.Id == id);
        return existing is null
            ? new(WebsiteChatOutcome.NotFound, Message: $"There is no Direct Line secret '{id}'.")
            : new(WebsiteChatOutcome.Done, Secret: existing);
    }

    /// <summary>
    /// Hashes the presented credential and looks the hash up. Comparing hashes of a 256-bit random secret leaks
    /// nothing a timing attacker could use, so a set lookup is as safe here as a fixed-time compare.
    /// </summary>
    public async ValueTask<bool> IsActiveSecretAsync(string credential, CancellationToken cancellationToken)
    {
        var active = (await CurrentAsync(cancellationToken)).ActiveSecretHashes;
        return active.Count > 0 && active.Contains(Hash(credential));
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record SecretList(IReadOnlyList<StoredSecret> Secrets);

    /// <summary>As stored in the desk setting: never the secret, only its hash and last four characters.</summary>
    private sealed record StoredSecret(string Id, string Name, string Hash, string LastFour, DateTimeOffset CreatedAt,
        string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy)
    {
        public DirectLineSecretInfo ToInfo() => new(Id, Name, LastFour, CreatedAt, CreatedBy, RevokedAt, RevokedBy);
    }
}
