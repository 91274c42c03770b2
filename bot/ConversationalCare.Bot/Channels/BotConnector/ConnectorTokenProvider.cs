using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>
/// The bot's own token for calling channels back (OAuth2 client credentials), cached until shortly before it
/// expires. Without an AppId and password, replies go out unauthenticated, as the Emulator accepts.
/// </summary>
public sealed class ConnectorTokenProvider(IHttpClientFactory http, IOptions<BotConnectorOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AppId) || string.IsNullOrWhiteSpace(settings.AppPassword)) return null;
        if (_cached is { } fresh && fresh.Expires > clock.GetUtcNow().AddMinutes(5)) return fresh.Token;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.Expires > clock.GetUtcNow().AddMinutes(5)) return again.Token;
            using var response = await http.CreateClient(ConnectorClient.HttpClientName).PostAsync(settings.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.AppId,
                ["client_secret"] = settings.AppPassword,
                ["scope"] = settings.TokenScope,
            }), cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new InvalidOperationException("The token endpoint returned no body.");
            _cached = (token.AccessToken, clock.GetUtcNow().AddSeconds(token.ExpiresIn));
            return token.AccessToken;
        }
        finally { _refresh.Release(); }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
