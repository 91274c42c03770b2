using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static ConversationalCare.Bot.Tests.Administration.CustomerData.CustomerDataScenario;

namespace ConversationalCare.Bot.Tests.Administration.CustomerData;

/// <summary>The retention period on the real host: words and names go, every figure stays.</summary>
public class RetentionTests
{
    [Fact]
    public async Task Anonymising_old_conversations_leaves_every_KPI_unchanged()
    {
        var clock = new ShiftedClock();
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        using var admin = Admin(host);
        var chat = await TalkToAliceAsync(host, http, alice);
        var period = $"from={Iso(clock.GetUtcNow().AddHours(-1))}&to={Iso(clock.GetUtcNow().AddHours(1))}";
        await SettledAsync(host, chat.ConversationId);
        var before = await KpisAsync(sam, period);
        Assert.Contains(Order, await EverythingStoredAboutAsync(host, chat.ConversationId));

        clock.Jump(TimeSpan.FromDays(2));
        var recent = await DirectLineChat.StartAsync(http);
        await recent.Send($"Is order LC-87654321 on its way?");
        await recent.ExpectBotMessage(_ => true, "any answer");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/retention", new { days = 1 })).StatusCode);
        var counts = await (await admin.PostAsync("/api/admin/retention/run", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, counts.GetProperty("conversations").GetInt32());
        Assert.Equal(1, counts.GetProperty("attachments").GetInt32());
        Assert.Equal(1, counts.GetProperty("notes").GetInt32());
        Assert.Equal(before, await KpisAsync(sam, period));
        var stored = await EverythingStoredAboutAsync(host, chat.ConversationId);
        foreach (var personal in new[] { Order, Email, Phone, "Jane", "passport" }) Assert.DoesNotContain(personal, stored);
        Assert.Contains("[removed after 1 days]", stored);
        Assert.Contains("LC-87654321", await EverythingStoredAboutAsync(host, recent.ConversationId));
        var context = await alice.ContextAsync(chat.ConversationId);
        Assert.All(context.Transcript.Where(l => l.Type == "message"), line => Assert.Equal("[removed after 1 days]", line.Text));
        Assert.Empty(context.Entities);
        Assert.Equal(0, await ReadAsync(host, db => db.Attachments.CountAsync()));
        Assert.NotNull(await ReadAsync(host, db => db.Conversations.Where(c => c.Id == chat.ConversationId).Select(c => c.AnonymisedAt).SingleAsync()));
    }

    [Fact]
    public async Task Two_sweeps_at_once_anonymise_a_conversation_once_and_are_audited_without_personal_data()
    {
        var clock = new ShiftedClock();
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var admin = Admin(host);
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send($"My email is {Email}");
        await chat.ExpectBotMessage(_ => true, "any answer");
        await SettledAsync(host, chat.ConversationId);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/retention", new { days = 30 })).StatusCode);
        clock.Jump(TimeSpan.FromDays(31));

        // Two hosts sweeping at the same moment, then a later sweep that must find nothing left.
        var sweeper = host.Services.GetRequiredService<ConversationalCare.Bot.Administration.CustomerData.RetentionSweeper>();
        var together = await Task.WhenAll(sweeper.SweepAsync(CancellationToken.None), sweeper.SweepAsync(CancellationToken.None));
        var later = await (await admin.PostAsync("/api/admin/retention/run", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, together.Sum(c => c.Conversations));
        Assert.Equal(0, later.GetProperty("conversations").GetInt32());
        var audit = Assert.Single((await AuditAsync(admin, "customer-data.anonymised")).EnumerateArray());
        Assert.Equal("system", audit.GetProperty("actor").GetString());
        Assert.DoesNotContain("jane", audit.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Single((await AuditAsync(admin, "retention.changed")).EnumerateArray());
        Assert.DoesNotContain(Email, await EverythingStoredAboutAsync(host, chat.ConversationId));
    }

    [Fact]
    public async Task Transcripts_are_kept_forever_until_an_admin_sets_a_period()
    {
        var clock = new ShiftedClock();
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var admin = Admin(host);
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send($"My email is {Email}");
        await chat.ExpectBotMessage(_ => true, "any answer");
        await SettledAsync(host, chat.ConversationId);
        clock.Jump(TimeSpan.FromDays(4000));

        var setting = await admin.GetFromJsonAsync<JsonElement>("/api/admin/retention");
        var counts = await (await admin.PostAsync("/api/admin/retention/run", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(JsonValueKind.Null, setting.GetProperty("days").ValueKind);
        Assert.Equal(0, counts.GetProperty("conversations").GetInt32());
        Assert.Contains(Email, await EverythingStoredAboutAsync(host, chat.ConversationId));
    }

    [Theory]
    [InlineData("""{"days": 0}""")]
    [InlineData("""{"days": 3651}""")]
    [InlineData("""{"days": 1.5}""")]
    [InlineData("""{"days": "a year"}""")]
    [InlineData("""{"day": 30}""")]
    [InlineData("""[30]""")]
    [InlineData("""{"days": """)]
    public async Task Retention_is_1_to_3650_days_or_null_and_anything_else_is_a_problem(string body)
    {
        using var host = new BotHost();
        using var admin = Admin(host);

        using var refused = await admin.PutAsync("/api/admin/retention", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var forever = await admin.PutAsJsonAsync("/api/admin/retention", new { days = (int?)null });
        using var decade = await admin.PutAsJsonAsync("/api/admin/retention", new { days = 3650 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, forever.StatusCode);
        Assert.Equal(3650, (await decade.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("days").GetInt32());
        Assert.Equal(3650, (await admin.GetFromJsonAsync<JsonElement>("/api/admin/retention")).GetProperty("days").GetInt32());
    }

    private static async Task<string> KpisAsync(HttpClient sam, string period)
    {
        var overall = await sam.GetStringAsync($"/api/reports/kpis?{period}");
        var byAgent = await sam.GetStringAsync($"/api/reports/kpis?{period}&groupBy=agent");
        var byIntent = await sam.GetStringAsync($"/api/reports/kpis?{period}&groupBy=intent");
        var csv = await sam.GetStringAsync($"/api/reports/conversations.csv?{period}");
        Assert.Contains("\"conversations\":1", overall);
        // When the report was computed is the only thing allowed to differ.
        return System.Text.RegularExpressions.Regex.Replace(string.Join("\n", overall, byAgent, byIntent, csv), "\"computedAt\":\"[^\"]*\"", "");
    }

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));
}
