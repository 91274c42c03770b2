using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>Who is calling Direct Line: the site's backend (secret) or a browser holding a conversation token.</summary>
public sealed record DirectLineCaller(bool HasSecret, string? ConversationId, string? UserId)
{
    public bool MayAccess(string conversationId) => HasSecret || ConversationId == conversationId;
}

/// <summary>
/// Conversation-scoped tokens as signed JWTs, so any instance can check them and DirectLineJS can read the
/// `user` claim (it runs jwt-decode on the token).
/// </summary>
public sealed class DirectLineTokens(TokenSigningKey signingKey, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Issuer = "conversationalcare";
    private const string Audience = "directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public string Issue(string conversationId, string? userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId };
        if (userId is not null) claims[UserClaim] = userId;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(LifetimeSeconds),
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Null when the token is forged, expired or not ours.</summary>
    public async Task<DirectLineCaller?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = signingKey.Key,
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime.AddSeconds(-30),
        });
        if (!result.IsValid) return null;
        var conversation = result.ClaimsIdentity.FindFirst(ConversationClaim)?.Value;
        return conversation is null ? null : new DirectLineCaller(false, conversation, result.ClaimsIdentity.FindFirst(UserClaim)?.Value);
    }
}
