using System.Security.Cryptography;
using System.Text.Json;
using ConversationalCare.Bot.Administration;
using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// The key that signs Direct Line tokens: from configuration when set, otherwise generated once and kept in the
/// database, so every host of one database verifies the tokens any of them issued and a restart signs nobody out.
/// </summary>
public sealed class TokenSigningKey
{
    internal const string SettingKey = "directline:token-signing-key";
    private const int MinimumBytes = 32;
    private readonly Lazy<SymmetricSecurityKey> _key;

    public TokenSigningKey(IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage, IDbContextFactory<CareDb> dbFactory,
        TimeProvider clock, ILogger<TokenSigningKey> logger)
    {
        // Read on first use, not at construction: the database is migrated by a hosted service that starts later.
        _key = new(() =>
        {
            var bytes = options.Value.TokenSigningKey is { Length: > 0 } configured
                ? Convert.FromBase64String(configured)
                : LoadOrCreate(dbFactory, LegacyKeyFile(storage.Value), clock, logger);
            if (bytes.Length < MinimumBytes)
                throw new InvalidOperationException($"ConversationalCare:DirectLine:TokenSigningKey must be at least {MinimumBytes} bytes (base64).");
            return new SymmetricSecurityKey(bytes);
        });
    }

    public SymmetricSecurityKey Key => _key.Value;

    /// <summary>Where versions before the key moved to the database kept it; adopted so their tokens stay good.</summary>
    private static string LegacyKeyFile(StorageOptions storage) => Path.Combine(storage.DataDirectory, "keys", "directline-token.key");

    private static byte[] LoadOrCreate(IDbContextFactory<CareDb> dbFactory, string legacyFile, TimeProvider clock, ILogger logger)
    {
        using var db = dbFactory.CreateDbContext();
        if (Stored(db) is { } stored) return stored;
        var adopted = File.Exists(legacyFile) ? File.ReadAllBytes(legacyFile) : null;
        var key = adopted is { Length: >= MinimumBytes } ? adopted : RandomNumberGenerator.GetBytes(64);
        db.DeskSettings.Add(new DeskSetting(SettingKey, JsonSerializer.Serialize(new StoredKey(Convert.ToBase64String(key))), "system", clock.GetUtcNow()));
        try
        {
            db.SaveChanges();
            logger.LogInformation(adopted is not null
                ? "Moved the Direct Line token signing key from {Path} into the database"
                : "Generated a Direct Line token signing key and stored it in the database", legacyFile);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another host stored one an instant earlier; everyone signs with the first.
            using var fresh = dbFactory.CreateDbContext();
            return Stored(fresh) ?? throw new InvalidOperationException("Could not store or read the Direct Line token signing key.");
        }
    }

    private static byte[]? Stored(CareDb db) =>
        db.DeskSettings.AsNoTracking().SingleOrDefault(s => s.Key == SettingKey) is { } row
            ? Convert.FromBase64String(JsonSerializer.Deserialize<StoredKey>(row.Json)!.Key)
            : null;

    private sealed record StoredKey(string Key);
}
