using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

public class AuditFilterTests
{
    [Fact]
    public async Task A_period_given_in_local_time_finds_the_changes_made_in_it()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");
        Assert.Equal(HttpStatusCode.Created, (await ada.PostAsJsonAsync("/api/admin/teams", new { name = "billing-cn" })).StatusCode);
        var shanghaiNow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));

        var around = await AuditAsync(ada, shanghaiNow.AddMinutes(-10), shanghaiNow.AddMinutes(10));
        var anHourBefore = await AuditAsync(ada, shanghaiNow.AddHours(-2), shanghaiNow.AddHours(-1));

        Assert.Equal("team.created", Assert.Single(around).GetProperty("action").GetString());
        Assert.Empty(anHourBefore);
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient ada, DateTimeOffset from, DateTimeOffset to)
    {
        var response = await ada.GetAsync($"/api/admin/audit?subject=billing-cn&from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }
}
