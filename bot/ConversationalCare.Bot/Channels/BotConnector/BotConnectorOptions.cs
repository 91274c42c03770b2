namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>Bound from ConversationalCare:BotConnector. Without an AppId the endpoint trusts loopback callers only,
/// as the Bot Framework Emulator expects.</summary>
public sealed class BotConnectorOptions
{
    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string[] ValidIssuers { get; set; } = ["https://api.botframework.com"];
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool RequiresAuthentication => !string.IsNullOrWhiteSpace(AppId);
}
