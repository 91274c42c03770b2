using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ConversationalCare.Benchmarks.Handoff;

/// <summary>
/// The agent's side over the agent API, as an integration would call it: status, claim, send, resolve, each with a
/// bearer token. Failures come back as short labels ("claim: 409 Conflict") for the round to count.
/// </summary>
public sealed class AgentDesk(HttpClient http, string token)
{
    public Task<string?> GoOnlineAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "/api/agent/status", new { status = "online" }, "status", cancellationToken);

    public Task<string?> ClaimAsync(string conversationId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Conversation(conversationId)}/claim", null, "claim", cancellationToken);

    public Task<string?> SayAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Conversation(conversationId)}/messages", new { text }, "agent post", cancellationToken);

    public Task<string?> ResolveAsync(string conversationId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Conversation(conversationId)}/resolve", new { disposition = "resolved" }, "resolve", cancellationToken);

    public HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static string Conversation(string id) => $"/api/agent/conversations/{Uri.EscapeDataString(id)}";

    /// <summary>Null on success; otherwise "step: status reason", with the problem's title when there is one.</summary>
    private async Task<string?> SendAsync(HttpMethod method, string path, object? body, string step, CancellationToken cancellationToken)
    {
        using var request = Authorized(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode) return null;
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            return $"{step}: {(int)response.StatusCode} {Title(problem) ?? response.ReasonPhrase}";
        }
        catch (HttpRequestException error) { return $"{step}: {error.HttpRequestError}"; }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { return $"{step}: HTTP timeout"; }
    }

    private static string? Title(string problem)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(problem);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object ? Json.Text(document.RootElement, "title") : null;
        }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
