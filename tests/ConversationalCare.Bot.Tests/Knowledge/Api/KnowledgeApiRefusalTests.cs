using System.Net;
using System.Net.Http.Json;
using System.Text;
using ConversationalCare.Bot.Tests.Hosting;
using static ConversationalCare.Bot.Tests.Knowledge.Api.ContentOwnerClient;

namespace ConversationalCare.Bot.Tests.Knowledge.Api;

/// <summary>Who may use the authoring API, and what a caller hears when a request is wrong.</summary>
public sealed class KnowledgeApiRefusalTests(KnowledgeApiHost shared) : IClassFixture<KnowledgeApiHost>
{
    private readonly BotHost _host = shared.Host;

    [Fact]
    public async Task An_agent_may_not_author_articles()
    {
        using var alice = AgentApiClient.Authorized(_host, "demo-token-alice");

        var list = await ProblemAsync(await alice.GetAsync("/api/knowledge/articles"), HttpStatusCode.Forbidden);
        await ProblemAsync(await alice.PostAsJsonAsync("/api/knowledge/articles",
            new { key = "en-api-by-alice", locale = "en-US", category = "Store", question = "Q?", answer = "A." }), HttpStatusCode.Forbidden);
        await ProblemAsync(await alice.GetAsync("/api/knowledge/export"), HttpStatusCode.Forbidden);

        Assert.Contains("contentOwner", list.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_api_asks_for_one()
    {
        using var anonymous = _host.NewClient();

        var problem = await ProblemAsync(await anonymous.GetAsync("/api/knowledge/articles"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await anonymous.PostAsync("/api/knowledge/articles/en-track-parcel/publish", null), HttpStatusCode.Unauthorized);

        Assert.Contains("bearer token", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_draft_with_bad_fields_gets_problem_details_naming_each_field()
    {
        using var olivia = new ContentOwnerClient(_host);

        var response = await olivia.Http.PostAsJsonAsync("/api/knowledge/articles", new { key = "Not a key!", locale = "english", category = "", question = " " });

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["answer", "category", "key", "locale", "question"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("A question is required.", errors.GetProperty("question")[0].GetString());
    }

    [Fact]
    public async Task Requests_the_api_cannot_read_are_problems_too()
    {
        using var olivia = new ContentOwnerClient(_host);

        var noRevision = await ProblemAsync(await olivia.Http.PostAsJsonAsync("/api/knowledge/articles/en-track-parcel/submit", new { }), HttpStatusCode.BadRequest);
        var unknown = await ProblemAsync(await olivia.StepAsync("en-api-never-written", "submit", 1), HttpStatusCode.NotFound);
        var badFilter = await ProblemAsync(await olivia.Http.GetAsync("/api/knowledge/articles?status=lost&take=0"), HttpStatusCode.BadRequest);
        var malformed = await olivia.Http.PostAsync("/api/knowledge/articles", new StringContent("{ \"key\": ", Encoding.UTF8, "application/json"));

        Assert.True(noRevision.GetProperty("errors").TryGetProperty("revision", out _));
        Assert.Equal("No article has the key 'en-api-never-written'.", unknown.GetProperty("detail").GetString());
        Assert.Equal(["status", "take"], badFilter.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await ProblemAsync(malformed, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_authoring_api_is_described_in_the_openapi_document()
    {
        using var http = _host.NewClient();

        var document = await http.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/knowledge/articles", "/api/knowledge/articles/{key}", "/api/knowledge/articles/{key}/submit",
                     "/api/knowledge/articles/{key}/approve", "/api/knowledge/articles/{key}/reject", "/api/knowledge/articles/{key}/publish",
                     "/api/knowledge/articles/{key}/archive", "/api/knowledge/import", "/api/knowledge/export" })
            Assert.Contains($"\"{path}\"", document);
        Assert.Contains("Publishes an approved article", document);
    }
}
