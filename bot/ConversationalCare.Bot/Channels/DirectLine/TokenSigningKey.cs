using System.Security.Cryptography;
using ConversationalCare.Bot.Conversations;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// The key that signs Direct Line tokens: from configuration when set (every instance shares it), otherwise
/// generated once and kept in the data directory, so a restart does not sign everyone out.
/// </summary>
public sealed class TokenSigningKey
{
    public TokenSigningKey(IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage, ILogger<TokenSigningKey> logger)
    {
        var bytes = options.Value.TokenSigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : LoadOrCreate(Path.Combine(storage.Value.DataDirectory, "keys", "directline-token.key"), logger);
        if (bytes.Length < 32) throw new InvalidOperationException("ConversationalCare:DirectLine:TokenSigningKey must be at least 32 bytes (base64).");
        Key = new SymmetricSecurityKey(bytes);
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew fails if another process got there first; then we read theirs.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var key = RandomNumberGenerator.GetBytes(64);
            file.Write(key);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            logger.LogInformation("Generated a Direct Line token signing key at {Path}", path);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return ReadWhenWritten(path);
        }
    }

    /// <summary>Another instance may have created the file an instant ago and still be writing the key.</summary>
    private static byte[] ReadWhenWritten(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var key = File.ReadAllBytes(path);
            if (key.Length >= 32 || attempt == 20) return key;
            Thread.Sleep(50);
        }
    }
}
