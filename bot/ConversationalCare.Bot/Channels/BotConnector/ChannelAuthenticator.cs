using System.Net;
using ConversationalCare.Bot.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>
/// Checks that a POST to /api/messages really comes from a Bot Framework channel: a JWT signed by a key from the
/// configured OpenID metadata, issued by a trusted issuer, for our AppId, about this activity's serviceUrl.
/// </summary>
public sealed class ChannelAuthenticator
{
    private readonly BotConnectorOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<ChannelAuthenticator> _logger;

    public ChannelAuthenticator(IOptions<BotConnectorOptions> options, IHttpClientFactory http, ILogger<ChannelAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (_options.RequiresAuthentication)
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(http.CreateClient(nameof(ChannelAuthenticator))) { RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) });
    }

    /// <summary>Null when the caller is trusted; otherwise the reason to refuse it.</summary>
    public async Task<string?> RefuseAsync(HttpContext context, Activity activity)
    {
        if (_metadata is null)
            return IsLoopback(context.Connection.RemoteIpAddress)
                ? null
                : "Without ConversationalCare:BotConnector:AppId only local callers (such as the Bot Framework Emulator) are accepted.";

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return "A bearer token from the Bot Framework is required.";
        var configuration = await _metadata.GetConfigurationAsync(context.RequestAborted);
        var result = await _handler.ValidateTokenAsync(header[7..].Trim(), new TokenValidationParameters
        {
            ValidIssuers = _options.ValidIssuers,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
        });
        if (!result.IsValid)
        {
            _logger.LogWarning(result.Exception, "Refused a channel token");
            return "The bearer token is not valid for this bot.";
        }
        // A token minted for one serviceUrl must not be replayed to make us call another.
        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is not null && !string.Equals(serviceUrl.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return "The token's serviceurl does not match the activity's serviceUrl.";
        return null;
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}
