using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Knowledge.Api;

/// <summary>A content owner using the knowledge authoring API with a Development demo token.</summary>
public sealed class ContentOwnerClient(BotHost host, string userName = "olivia") : IDisposable
{
    public HttpClient Http { get; } = AgentApiClient.Authorized(host, $"demo-token-{userName}");

    /// <summary>A draft in English with the words given; the key must be new.</summary>
    public async Task<JsonElement> CreateAsync(string key, string question, string answer, string category = "Store")
    {
        var response = await Http.PostAsJsonAsync("/api/knowledge/articles", new { key, locale = "en-US", category, question, answer, tags = new[] { "api" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BodyAsync(response);
    }

    public async Task<JsonElement> GetAsync(string key) => await Http.GetFromJsonAsync<JsonElement>($"/api/knowledge/articles/{key}");

    public Task<HttpResponseMessage> StepAsync(string key, string step, int revision, string? comment = null) =>
        Http.PostAsJsonAsync($"/api/knowledge/articles/{key}/{step}", new { revision, comment });

    /// <summary>Takes the step and expects it to land; returns the article as it now stands.</summary>
    public async Task<JsonElement> StepOkAsync(string key, string step, int revision, string? comment = null)
    {
        var response = await StepAsync(key, step, revision, comment);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await BodyAsync(response);
    }

    public Task<HttpResponseMessage> EditAsync(string key, int revision, string question, string answer, string category = "Store") =>
        Http.PutAsJsonAsync($"/api/knowledge/articles/{key}", new { revision, category, question, answer, tags = new[] { "api" } });

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The response is an RFC 9457 problem with this status; returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await BodyAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public void Dispose() => Http.Dispose();
}
