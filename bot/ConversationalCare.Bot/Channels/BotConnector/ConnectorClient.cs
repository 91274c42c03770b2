using System.Net.Http.Headers;
using System.Text;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Channels.BotConnector;

/// <summary>Calls a channel's Bot Connector REST API at its serviceUrl. Transient failures are retried by the
/// resilience handler configured in BotModule.</summary>
public sealed class ConnectorClient(IHttpClientFactory http, ConnectorTokenProvider tokens)
{
    public const string HttpClientName = "bot-connector";

    /// <summary>ReplyToActivity when the reply threads to an activity, SendToConversation otherwise.</summary>
    public async Task SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId)) path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = new StringContent(ActivityJson.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
