using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>Calls the admin API as the Development demo admin (ada), and signs people in the way a tool would.</summary>
public sealed class AdminApi(BotHost host) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = AgentApiClient.Authorized(host, "demo-token-ada");

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> CreateUserAsync(object user) => _http.PostAsJsonAsync("/api/admin/users", user);

    public Task<HttpResponseMessage> PatchUserAsync(string userName, object change) =>
        _http.PatchAsJsonAsync($"/api/admin/users/{userName}", change);

    /// <summary>A bearer token from POST /api/agent/token, as any tool gets one; fails the test if refused.</summary>
    public static async Task<string> TokenAsync(BotHost host, string userName, string password)
    {
        using var http = host.NewClient();
        var response = await TokenResponseAsync(http, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName} could not get a token: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static Task<HttpResponseMessage> TokenResponseAsync(HttpClient http, string userName, string password) =>
        http.PostAsJsonAsync("/api/agent/token", new { userName, password });

    public static HttpClient WithToken(BotHost host, string token)
    {
        var http = host.NewClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public void Dispose() => _http.Dispose();
}
