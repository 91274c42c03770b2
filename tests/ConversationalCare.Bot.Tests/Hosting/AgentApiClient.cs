using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>An agent using the agent API with their Development demo token (appsettings.Development.json).</summary>
public sealed class AgentApiClient(BotHost host, string userName) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly HttpClient _http = Authorized(host, $"demo-token-{userName}");

    public string UserName { get; } = userName;

    public static HttpClient Authorized(BotHost host, string token)
    {
        var http = host.NewClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public Task<HttpResponseMessage> GoOnlineAsync() => _http.PutAsJsonAsync("/api/agent/status", new { status = "online" });

    public async Task<IReadOnlyList<QueueItem>> InboxAsync(string status = "waiting") =>
        (await _http.GetFromJsonAsync<List<QueueItem>>($"/api/agent/conversations?status={status}", Json))!;

    public Task<HttpResponseMessage> GetAsync(string conversationId) => _http.GetAsync($"/api/agent/conversations/{conversationId}");

    public async Task<HandoffContext> ContextAsync(string conversationId) =>
        (await _http.GetFromJsonAsync<HandoffContext>($"/api/agent/conversations/{conversationId}", Json))!;

    public Task<HttpResponseMessage> ClaimAsync(string conversationId) => _http.PostAsync($"/api/agent/conversations/{conversationId}/claim", null);

    public Task<HttpResponseMessage> SayAsync(string conversationId, string text) =>
        _http.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/messages", new { text });

    public Task<HttpResponseMessage> ResolveAsync(string conversationId, string disposition = "resolved") =>
        _http.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/resolve", new { disposition });

    public Task<HttpResponseMessage> ReleaseAsync(string conversationId) => _http.PostAsync($"/api/agent/conversations/{conversationId}/release", null);

    public Task<HttpResponseMessage> TransferAsync(string conversationId, string? agent, string? team, string? note) =>
        _http.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/transfer", new { agent, team, note });

    /// <summary>Waits until the agent's view of the conversation satisfies the condition (the bot works in the background).</summary>
    public async Task<HandoffContext> ExpectContextAsync(string conversationId, Func<HandoffContext, bool> condition, string description)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HandoffContext? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var response = await GetAsync(conversationId);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = (await response.Content.ReadFromJsonAsync<HandoffContext>(Json))!;
                if (condition(last)) return last;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"Expected {description}; the agent saw: {(last is null ? "no handoff" : string.Join(" | ", last.Transcript.Select(l => $"{l.Role}: {l.Text}")))}");
        throw new InvalidOperationException();
    }

    public void Dispose() => _http.Dispose();
}
