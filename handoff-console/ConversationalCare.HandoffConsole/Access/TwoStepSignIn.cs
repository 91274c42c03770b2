using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>
/// Authenticator-app two-step sign-in (Identity's TOTP): setting it up with a QR code, turning it on with a first code,
/// and recovery codes for a lost phone. The console's account page and the account API both use these.
/// </summary>
public static class TwoStepSignIn
{
    public const string Issuer = "ConversationalCare";
    public const int RecoveryCodeCount = 10;
    /// <summary>The claim Identity adds when a sign-in passed the second step.</summary>
    public const string PassedClaim = "amr";
    public const string PassedValue = "mfa";

    /// <summary>
    /// The key to scan. A first key is stored without renewing the security stamp, so starting the setup does not sign
    /// the person out of the very session they set it up in.
    /// </summary>
    public static async Task<TwoStepSetup> SetupAsync(UserManager<ConsoleUser> users, IUserStore<ConsoleUser> store, ConsoleUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) && store is IUserAuthenticatorKeyStore<ConsoleUser> keys)
        {
            await keys.SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
            await users.UpdateAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new(Grouped(key!), uri);
    }

    /// <summary>Turns two-step sign-in on when the code proves the app has the key; the recovery codes, or null.</summary>
    public static async Task<IReadOnlyList<string>?> EnableAsync(UserManager<ConsoleUser> users, ConsoleUser user, string code)
    {
        code = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)) return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }

    /// <summary>Off, and the key forgotten: turning it on again means scanning a new one.</summary>
    public static async Task DisableAsync(UserManager<ConsoleUser> users, ConsoleUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    /// <summary>Six digits are an app code; anything else is taken as a recovery code.</summary>
    public static bool IsAppCode(string code) => code.Trim().Replace(" ", "", StringComparison.Ordinal) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>The otpauth address as an SVG QR code, drawn on the server so no script or outside service sees the key.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}

/// <summary>What a person types or scans into their authenticator app.</summary>
public sealed record TwoStepSetup(string SharedKey, string AuthenticatorUri);
