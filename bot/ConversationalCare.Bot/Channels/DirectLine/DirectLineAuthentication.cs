using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// Reads `Authorization: Bearer {secret-or-token}` and says who is calling, or why not. A secret is the configured
/// bootstrap secret or one an admin created and has not revoked.
/// </summary>
public sealed class DirectLineAuthentication(DirectLineTokens tokens, IOptions<DirectLineOptions> options, IDirectLineAccess access)
{
    public async Task<(DirectLineCaller? Caller, IResult? Refusal)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
            return (null, DirectLineError.Unauthorized("Send 'Authorization: Bearer <secret or token>'."));
        var credential = header[7..].Trim();
        if (IsSecret(credential)) return (new DirectLineCaller(true, null, null), null);
        var caller = await tokens.ValidateAsync(credential);
        if (caller is not null) return (caller, null);
        // Tokens are checked first: they are most calls, and a token is never an admin's secret.
        return await access.IsActiveSecretAsync(credential, request.HttpContext.RequestAborted)
            ? (new DirectLineCaller(true, null, null), null)
            : (null, DirectLineError.Forbidden("The token is invalid or has expired."));
    }

    /// <summary>Stream URLs carry the token in their query because browsers cannot set headers on a WebSocket.</summary>
    public Task<DirectLineCaller?> AuthenticateStreamAsync(string? token) =>
        string.IsNullOrEmpty(token) ? Task.FromResult<DirectLineCaller?>(null) : tokens.ValidateAsync(token);

    private bool IsSecret(string credential) =>
        options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(credential));
}
