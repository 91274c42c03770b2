using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Supervision.Alerts;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Supervision.Alerts;

/// <summary>A surge written into the real host's store shows up as an active incident in the supervisor's alerts.</summary>
public class IncidentApiTests
{
    [Fact]
    public async Task A_surge_of_technical_issues_after_a_quiet_week_is_an_active_incident_with_samples()
    {
        var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        using (var history = CareDatabase.History(host))
        {
            var customer = history.Customer("surge-customer", now.AddDays(-8));
            var sequence = 0;
            history.Conversation("quiet-week", customer, now.AddDays(-8), now);
            for (var hour = 7 * 24 + 1; hour >= 2; hour--)
                history.Activity("quiet-week", ++sequence, "user", now.AddHours(-hour).AddMinutes(5), "technical_issue", text: "the app is slow");
            for (var i = 0; i < 25; i++)
                history.Activity("quiet-week", ++sequence, "user", now.AddMinutes(-50 + i), "technical_issue", text: $"login fails after the update, order LC-1234567{i % 10}");
            history.Commit();
        }

        await host.Services.GetRequiredService<IntentSpikeMonitor>().ScanAsync(CancellationToken.None);

        var incident = Assert.Single((await sam.GetFromJsonAsync<JsonElement>("/api/reports/alerts")).GetProperty("incidents").EnumerateArray());
        Assert.Equal("technical_issue", incident.GetProperty("intent").GetString());
        Assert.Equal(25, incident.GetProperty("count").GetInt32());
        Assert.Equal(1.0, incident.GetProperty("baselineMean").GetDouble());
        Assert.Equal(now, incident.GetProperty("startedAt").GetDateTimeOffset());
        var samples = incident.GetProperty("samples").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(5, samples.Count);
        Assert.All(samples, s => Assert.Equal("login fails after the update, order [order]", s));
    }
}
