using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Administration;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Handoff.Replies;

/// <summary>What an agent's canned-reply picker offers, through the port the console calls, after admins change replies.</summary>
public class CannedReplyPickerTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private BotHost Host => shared.Host;

    private Task<IReadOnlyList<CannedResponse>> PickerAsync(string agent, string locale) =>
        Host.Services.GetRequiredService<ICannedReplies>().ForAgentAsync(agent, locale, CancellationToken.None);

    private async Task<string> CreateAsync(AdminApi admin, string? team, string language, string name, string text)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/admin/canned-replies", new { team, language, name, text });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_agent_sees_their_teams_replies_before_everyones_and_not_other_teams()
    {
        await TestTeams.EnsureAsync(Host, "complaints", "orders");
        using var admin = new AdminApi(Host);
        await CreateAsync(admin, null, "en", "a everyone first by name", "For everyone.");
        await CreateAsync(admin, "complaints", "en", "z complaint apology", "We are sorry, {customerName}.");
        await CreateAsync(admin, "orders", "en", "order lookup", "Let me look up your order.");

        var alice = await PickerAsync("alice", "en-US");

        var names = alice.Select(r => r.Name).ToList();
        Assert.Equal(("z complaint apology", "complaints"), (alice[0].Name, alice[0].Team));
        Assert.True(names.IndexOf("z complaint apology") < names.IndexOf("a everyone first by name"));
        Assert.DoesNotContain("order lookup", names);
        Assert.All(alice.Skip(1), r => Assert.Null(r.Team));
        Assert.Contains("order lookup", (await PickerAsync("bob", "en-GB")).Select(r => r.Name));
    }

    [Fact]
    public async Task A_chinese_customer_gets_chinese_replies_and_an_unwritten_language_gets_english()
    {
        var chinese = await PickerAsync("alice", "zh-CN");
        var french = await PickerAsync("alice", "fr-FR");

        Assert.Contains(chinese, r => r.Name == "greeting" && r.Text.Contains("您好"));
        Assert.DoesNotContain(chinese, r => r.Text.Contains("I'm {agentName}"));
        Assert.Contains(french, r => r.Name == "greeting" && r.Text.StartsWith("Hi {customerName}"));
    }

    [Fact]
    public async Task The_closest_language_wins_for_one_name()
    {
        using var admin = new AdminApi(Host);
        await CreateAsync(admin, null, "zh", "shipping time", "一般三天送达。");
        await CreateAsync(admin, null, "zh-TW", "shipping time", "一般三天送達。");

        Assert.Equal("一般三天送達。", Assert.Single(await PickerAsync("alice", "zh-TW"), r => r.Name == "shipping time").Text);
        Assert.Equal("一般三天送达。", Assert.Single(await PickerAsync("alice", "zh-CN"), r => r.Name == "shipping time").Text);
    }

    [Fact]
    public async Task An_edit_reaches_the_picker_without_a_restart_and_a_delete_removes_it()
    {
        using var admin = new AdminApi(Host);
        var id = await CreateAsync(admin, null, "en", "weekend hours", "We are open on Saturdays.");

        await admin.Http.PutAsJsonAsync($"/api/admin/canned-replies/{id}", new { language = "en", name = "weekend hours", text = "We are open at weekends." });
        Assert.Equal("We are open at weekends.", Assert.Single(await PickerAsync("bob", "en-US"), r => r.Name == "weekend hours").Text);

        await admin.Http.DeleteAsync($"/api/admin/canned-replies/{id}");
        Assert.DoesNotContain(await PickerAsync("bob", "en-US"), r => r.Name == "weekend hours");
    }
}
