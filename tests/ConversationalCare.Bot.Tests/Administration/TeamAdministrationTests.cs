using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>The console's Teams page and the admin API run on one service: same rules, same audit, always fresh data.</summary>
public class TeamAdministrationTests
{
    [Fact]
    public async Task A_page_open_before_an_api_change_reads_the_change()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");
        // Held like a page holds it for its circuit's life.
        var page = host.Services.GetRequiredService<ITeamAdministration>();
        Assert.DoesNotContain(await page.ListAsync(CancellationToken.None), t => t.Name == "billing-cn");

        Assert.Equal(HttpStatusCode.Created, (await ada.PostAsJsonAsync("/api/admin/teams", new { name = "billing-cn" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.PutAsJsonAsync("/api/admin/routing-rules", new[] { new { locale = "zh", team = "billing-cn" } })).StatusCode);

        Assert.Contains(await page.ListAsync(CancellationToken.None), t => t.Name == "billing-cn");
        Assert.Equal([new RouteRule(null, null, null, "zh", null, "billing-cn", null)], await page.RulesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_page_gets_the_apis_refusals_and_audit_and_the_choices_routing_understands()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");
        var page = host.Services.GetRequiredService<ITeamAdministration>();

        var general = await page.ChangeAsync("general", new TeamChange(Archived: true), "ada", CancellationToken.None);
        var renamed = await page.ChangeAsync("orders", new TeamChange(DisplayName: "Orders and delivery"), "ada", CancellationToken.None);
        var rules = await page.ReplaceRulesAsync([new RouteRule("weather", null, null, null, null, "orders", null)], "ada", CancellationToken.None);

        Assert.Equal(TeamOutcome.Invalid, general.Outcome);
        Assert.Contains("cannot be archived", Assert.Single(general.Problems!["archived"]));
        Assert.Equal(TeamOutcome.Done, renamed.Outcome);
        Assert.Equal(TeamOutcome.Invalid, rules.Outcome);
        Assert.Contains("[0].intent", rules.Problems!.Keys);
        var audit = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/audit?subject=orders"))!;
        var entry = Assert.Single(audit);
        Assert.Equal(("team.renamed", "ada"), (entry.GetProperty("action").GetString(), entry.GetProperty("actor").GetString()));
        Assert.Equal("Orders and delivery", (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/teams"))!
            .Single(t => t.GetProperty("name").GetString() == "orders").GetProperty("displayName").GetString());
        Assert.Contains("billing_payment", page.Choices.Intents);
        Assert.DoesNotContain("request_human", page.Choices.Intents);
        Assert.Equal(["standard", "vip"], page.Choices.Tiers);
        Assert.Contains("complaint", page.Choices.Reasons);
    }
}
