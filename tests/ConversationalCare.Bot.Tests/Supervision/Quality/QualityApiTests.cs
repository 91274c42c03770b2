using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Supervision.Quality;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Supervision.Quality.QualityHistory;

namespace ConversationalCare.Bot.Tests.Supervision.Quality;

/// <summary>The real host: sam reviews one of alice's and one of bob's conversations; who can read what over the API.</summary>
public sealed class QualityApiTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(WeekStart.AddDays(8));
    private readonly BotHost _host;
    private readonly Guid _aliceReview, _bobReview;

    public QualityApiTests()
    {
        _host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        using (var w = CareDatabase.History(_host))
        {
            Resolved(w, "alice", 1, WeekStart.AddHours(9));
            Resolved(w, "bob", 1, WeekStart.AddHours(10));
            w.Commit();
        }
        _host.Services.GetRequiredService<QualitySampler>().SampleAsync(new QualityWeek(2026, 45), CancellationToken.None).GetAwaiter().GetResult();
        var desk = _host.Services.GetRequiredService<QualityDesk>();
        var queue = desk.QueueAsync(CancellationToken.None).GetAwaiter().GetResult();
        _aliceReview = queue.Single(r => r.Agent == "alice").Id;
        _bobReview = queue.Single(r => r.Agent == "bob").Id;
        desk.SubmitAsync(_aliceReview, "sam", QualityReviewTests.Scored(5, 4, 3, null, 5, 5), CancellationToken.None).GetAwaiter().GetResult();
        desk.SubmitAsync(_bobReview, "sam", QualityReviewTests.Scored(3, 3, 3, 3, 3, 3, "Bob's review"), CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_supervisor_reads_every_agents_quality_figure_for_a_period()
    {
        using var sam = AgentApiClient.Authorized(_host, "demo-token-sam");

        var report = await sam.GetFromJsonAsync<JsonElement>("/api/reports/quality?from=2026-11-02&to=2026-11-09");

        var agents = report.GetProperty("agents").EnumerateArray().ToList();
        Assert.Equal(["alice", "bob"], agents.Select(a => a.GetProperty("agent").GetString()));
        Assert.Equal(88.0, agents[0].GetProperty("overall").GetDouble());
        Assert.Equal(1, agents[0].GetProperty("reviews").GetInt32());
        Assert.Equal(100.0, agents[0].GetProperty("criteria").GetProperty("greeting").GetDouble());
        Assert.Equal(JsonValueKind.Null, agents[0].GetProperty("criteria").GetProperty("resolution").ValueKind);
        Assert.Equal(60.0, agents[1].GetProperty("overall").GetDouble());
    }

    [Fact]
    public async Task A_bad_period_is_a_problem_that_says_why()
    {
        using var sam = AgentApiClient.Authorized(_host, "demo-token-sam");

        var response = await sam.GetAsync("/api/reports/quality?from=last-tuesday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from 'last-tuesday' is not an ISO 8601 date", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_agent_may_not_read_the_team_report()
    {
        using var alice = AgentApiClient.Authorized(_host, "demo-token-alice");

        Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync("/api/reports/quality")).StatusCode);
    }

    [Fact]
    public async Task An_agent_reads_their_own_reviews_and_figure_and_nobody_elses()
    {
        using var alice = AgentApiClient.Authorized(_host, "demo-token-alice");

        var mine = await alice.GetFromJsonAsync<JsonElement>("/api/agent/reviews?from=2026-11-01");
        var own = await alice.GetAsync($"/api/agent/reviews/{_aliceReview}");
        var bobs = await alice.GetAsync($"/api/agent/reviews/{_bobReview}");

        var review = Assert.Single(mine.GetProperty("reviews").EnumerateArray());
        Assert.Equal(_aliceReview, review.GetProperty("id").GetGuid());
        Assert.Equal("sam", review.GetProperty("reviewer").GetString());
        Assert.StartsWith("/console/conversations/alice-", review.GetProperty("transcript").GetString());
        Assert.Equal("greeting", review.GetProperty("scores")[0].GetProperty("criterion").GetString());
        Assert.Equal(88.0, mine.GetProperty("figure").GetProperty("overall").GetDouble());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobs.StatusCode);
        Assert.DoesNotContain("Bob's review", await bobs.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_token_the_reviews_are_closed()
    {
        using var anonymous = _host.NewClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/agent/reviews")).StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
