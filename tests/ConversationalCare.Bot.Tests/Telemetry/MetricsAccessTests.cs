using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>
/// Who may read /metrics: this machine always; another machine only with the configured bearer token, and never
/// through a proxy on this machine without it.
/// </summary>
[Collection(TelemetryCollection.Name)]
public class MetricsAccessTests
{
    private const string Token = "scraper-token-0123456789abcdef";

    [Fact]
    public async Task Without_a_token_only_this_machine_may_scrape()
    {
        using var host = new BotHost(services: RemoteAddress.Register);
        using var http = host.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(http)).StatusCode);
        await ExpectRefusalAsync(await ScrapeAsync(http, from: RemoteAddress.Elsewhere), HttpStatusCode.NotFound, "MetricsToken");
        await ExpectRefusalAsync(await ScrapeAsync(http, forwardedFor: RemoteAddress.Elsewhere), HttpStatusCode.NotFound, "MetricsToken");
        await ExpectRefusalAsync(await ScrapeAsync(http, from: RemoteAddress.Elsewhere, bearer: Token), HttpStatusCode.Forbidden, "no metrics token");
    }

    [Fact]
    public async Task With_a_token_another_machine_scrapes_with_it_and_is_refused_without_it()
    {
        using var host = new BotHost(new() { ["ConversationalCare:Telemetry:MetricsToken"] = Token }, services: RemoteAddress.Register);
        using var http = host.NewClient();

        var allowed = await ScrapeAsync(http, from: RemoteAddress.Elsewhere, bearer: Token);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("conversationalcare_agents_online", await allowed.Content.ReadAsStringAsync());

        var anonymous = await ScrapeAsync(http, from: RemoteAddress.Elsewhere);
        await ExpectRefusalAsync(anonymous, HttpStatusCode.Unauthorized, "Bearer");
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        await ExpectRefusalAsync(await ScrapeAsync(http, forwardedFor: RemoteAddress.Elsewhere), HttpStatusCode.Unauthorized, "Bearer");
        await ExpectRefusalAsync(await ScrapeAsync(http, from: RemoteAddress.Elsewhere, bearer: Token + "x"), HttpStatusCode.Forbidden, "not this host's");
        Assert.Equal(HttpStatusCode.OK, (await ScrapeAsync(http)).StatusCode);
    }

    [Fact]
    public void A_token_short_enough_to_guess_stops_the_host_from_starting()
    {
        var error = Assert.ThrowsAny<Exception>(() => new BotHost(new() { ["ConversationalCare:Telemetry:MetricsToken"] = "short" }).Dispose());
        Assert.Contains("MetricsToken must be at least 24 characters", error.ToString());
    }

    private static async Task<HttpResponseMessage> ScrapeAsync(HttpClient http, string? from = null, string? forwardedFor = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (from is not null) request.Headers.Add(RemoteAddress.Header, from);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await http.SendAsync(request);
    }

    private static async Task ExpectRefusalAsync(HttpResponseMessage response, HttpStatusCode status, string reasonFragment)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reasonFragment, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("conversationalcare_", await response.Content.ReadAsStringAsync());
    }
}
