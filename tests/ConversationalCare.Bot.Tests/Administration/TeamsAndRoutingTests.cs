using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>Ada runs teams, routing rules and service hours through the admin API; the next handoff follows them.</summary>
public class TeamsAndRoutingTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private static readonly object BillingCnRule = new { intent = "billing_payment", locale = "zh", team = "billing-cn", priority = "P2" };

    /// <summary>Creates billing-cn and puts the Chinese billing rule first, ahead of the rules already there.</summary>
    private static async Task AddBillingCnAsync(HttpClient ada)
    {
        var created = await ada.PostAsJsonAsync("/api/admin/teams", new { name = "billing-cn", displayName = "Billing (China)" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rules = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/routing-rules"))!;
        var put = await ada.PutAsJsonAsync("/api/admin/routing-rules", new object[] { BillingCnRule }.Concat(rules.Cast<object>()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task A_billing_question_in_Chinese_goes_to_billing_cn_once_ada_adds_the_rule_without_a_restart()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");
        using var alice = new AgentApiClient(host, "alice");
        using var sam = new AgentApiClient(host, "sam");
        await alice.GoOnlineAsync();

        await AddBillingCnAsync(ada);
        var chinese = await DirectLineChat.StartAsync(http, "zh-CN");
        await chinese.Ask("可以用支付宝吗", locale: "zh-CN");
        await chinese.Send("转人工", locale: "zh-CN");
        await chinese.ExpectReplyContaining("排在第");
        var english = await DirectLineChat.StartAsync(http);
        await english.Ask("can I pay with a credit card?");
        await english.Send("I want to talk to a person");
        await english.ExpectReplyContaining("in the queue");

        var queue = await sam.InboxAsync("waiting");
        var fromChina = Assert.Single(queue, item => item.ConversationId == chinese.ConversationId);
        Assert.Equal(("billing-cn", 2), (fromChina.Team, fromChina.Priority));
        Assert.Equal("billing", Assert.Single(queue, item => item.ConversationId == english.ConversationId).Team);

        var audit = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/audit"))!;
        var created = Assert.Single(audit, e => e.GetProperty("action").GetString() == "team.created");
        Assert.Equal(("ada", "billing-cn"), (created.GetProperty("actor").GetString(), created.GetProperty("subject").GetString()));
        var replaced = Assert.Single(audit, e => e.GetProperty("action").GetString() == "routing.replaced");
        Assert.DoesNotContain("billing-cn", replaced.GetProperty("before").GetString());
        Assert.Contains("\"team\":\"billing-cn\"", replaced.GetProperty("after").GetString());
    }

    [Fact]
    public async Task On_a_billing_cn_holiday_a_customer_is_invited_to_leave_a_message_with_that_teams_promise()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        await AddBillingCnAsync(ada);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, shanghai).DateTime);
        var hours = new
        {
            firstResponseSeconds = new Dictionary<string, int> { ["P1"] = 60, ["P2"] = 120, ["P3"] = 600 },
            timeZone = "Asia/Shanghai",
            weeklyHours = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), opens = "00:00", closes = "00:00" }),
            closedDates = new[] { today.AddDays(-1), today, today.AddDays(1) }.Select(d => d.ToString("yyyy-MM-dd")),
            ticketReplyHours = 72,
        };
        Assert.Equal(HttpStatusCode.OK, (await ada.PutAsJsonAsync("/api/admin/teams/billing-cn/hours", hours)).StatusCode);
        var stored = await ada.GetFromJsonAsync<JsonElement>("/api/admin/teams/billing-cn/hours");
        Assert.Equal(120, stored.GetProperty("firstResponseSeconds").GetProperty("P2").GetInt32());
        Assert.Equal(3, stored.GetProperty("closedDates").GetArrayLength());

        var chat = await DirectLineChat.StartAsync(http, "zh-CN");
        await chat.Ask("可以用支付宝吗", locale: "zh-CN");
        await chat.Send("转人工", locale: "zh-CN");
        var invitation = await chat.ExpectReplyContaining("请在这里留言");

        var promised = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(72), shanghai).ToString("D", CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Contains(promised, invitation.Text);
        Assert.Contains("(Asia/Shanghai)", invitation.Text);
        Assert.Contains(await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/audit?action=team.hours-changed") ?? [],
            e => e.GetProperty("subject").GetString() == "billing-cn" && e.GetProperty("after").GetString()!.Contains("\"ticketReplyHours\":72"));
    }

    [Fact]
    public async Task A_fresh_install_has_the_six_teams_and_rules_that_route_as_the_bot_always_has()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");

        var teams = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/teams"))!;
        var rules = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/routing-rules"))!;

        Assert.Equal(["billing", "complaints", "general", "orders", "returns", "technical"], teams.Select(t => t.GetProperty("name").GetString()));
        Assert.All(teams, t => Assert.Equal(180, t.GetProperty("hours").GetProperty("firstResponseSeconds").GetProperty("P2").GetInt32()));
        Assert.Equal("""{"reason":"complaint","team":"complaints","priority":"P1"}""", rules[0].GetRawText());
        Assert.Equal("""{"intent":"order_status","team":"orders"}""", rules[2].GetRawText());
    }

    [Fact]
    public async Task Two_hosts_seeding_an_empty_database_at_once_create_the_defaults_exactly_once()
    {
        using var host = new BotHost();
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<CareDb>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await db.RoutingRules.ExecuteDeleteAsync();
            await db.Teams.ExecuteDeleteAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            ActivatorUtilities.CreateInstance<TeamSeeder>(host.Services).StartAsync(CancellationToken.None))));
        await ActivatorUtilities.CreateInstance<TeamSeeder>(host.Services).StartAsync(CancellationToken.None);

        await using var check = await dbFactory.CreateDbContextAsync();
        Assert.Equal(6, await check.Teams.CountAsync());
        Assert.Equal([0, 1, 2, 3, 4, 5], await check.RoutingRules.OrderBy(r => r.Position).Select(r => r.Position).ToListAsync());
    }

    [Fact]
    public async Task Ada_renames_and_archives_a_team_and_the_general_team_cannot_be_archived()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");

        var renamed = await ada.PatchAsJsonAsync("/api/admin/teams/technical", new { displayName = "Tech help", archived = true });
        var general = await ada.PatchAsJsonAsync("/api/admin/teams/general", new { archived = true });
        var rules = await ada.PutAsJsonAsync("/api/admin/routing-rules", new[] { new { intent = "technical_issue", team = "technical" } });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var team = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Tech help", true), (team.GetProperty("displayName").GetString(), team.GetProperty("archived").GetBoolean()));
        await AssertFieldError(general, "archived");
        await AssertFieldError(rules, "[0].team");
        var audit = (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/audit?subject=technical"))!;
        Assert.Equal(["team.archived", "team.renamed"], audit.Select(e => e.GetProperty("action").GetString()).Order());
    }

    [Fact]
    public async Task Bad_teams_hours_and_rules_are_refused_with_problem_details_naming_the_field()
    {
        using var host = new BotHost();
        using var ada = AgentApiClient.Authorized(host, "demo-token-ada");

        await AssertFieldError(await ada.PostAsJsonAsync("/api/admin/teams", new { name = "Billing CN" }), "name");
        await AssertFieldError(await ada.PostAsJsonAsync("/api/admin/teams", new { name = "x" }), "name");
        await AssertFieldError(await ada.PostAsJsonAsync("/api/admin/teams", new { name = "ok-team", displayName = " " }), "displayName");
        await AssertProblem(await ada.PostAsJsonAsync("/api/admin/teams", new { name = "billing" }), HttpStatusCode.Conflict);
        await AssertProblem(await ada.PatchAsJsonAsync("/api/admin/teams/nowhere", new { displayName = "Nowhere" }), HttpStatusCode.NotFound);
        await AssertProblem(await ada.GetAsync("/api/admin/teams/nowhere/hours"), HttpStatusCode.NotFound);

        var hours = await ada.PutAsJsonAsync("/api/admin/teams/billing/hours", new
        {
            firstResponseSeconds = new Dictionary<string, int> { ["P1"] = 0, ["P2"] = 180, ["P3"] = 90_000 },
            timeZone = "Mars/Olympus_Mons",
            weeklyHours = new[] { new { day = "funday", opens = "9am", closes = "18:00" } },
            closedDates = new[] { "01/10/2026" },
            ticketReplyHours = 0,
        });
        await AssertFieldError(hours, "firstResponseSeconds.P1", "firstResponseSeconds.P3", "timeZone", "weeklyHours[0].day",
            "weeklyHours[0].opens", "closedDates[0]", "ticketReplyHours");

        var rules = await ada.PutAsJsonAsync("/api/admin/routing-rules", new object[]
        {
            new { intent = "billing_payment", team = "billing" },
            new { intent = "weather", tier = "gold", reason = "bored", locale = "chinese!", channel = "Web Chat", team = "nowhere", priority = "P9" },
            new { intent = "request_human", team = "general" },
        });
        await AssertFieldError(rules, "[1].intent", "[1].tier", "[1].reason", "[1].locale", "[1].channel", "[1].team", "[1].priority", "[2].intent");

        using var malformed = new StringContent("[{\"team\": ", System.Text.Encoding.UTF8, "application/json");
        await AssertProblem(await ada.PutAsync("/api/admin/routing-rules", malformed), HttpStatusCode.BadRequest);
        Assert.Equal(6, (await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/routing-rules"))!.Count);
        Assert.Empty((await ada.GetFromJsonAsync<List<JsonElement>>("/api/admin/audit?action=routing."))!);
    }

    [Theory]
    [InlineData("GET", "/api/admin/teams")]
    [InlineData("POST", "/api/admin/teams")]
    [InlineData("PATCH", "/api/admin/teams/general")]
    [InlineData("GET", "/api/admin/teams/general/hours")]
    [InlineData("PUT", "/api/admin/teams/general/hours")]
    [InlineData("GET", "/api/admin/routing-rules")]
    [InlineData("PUT", "/api/admin/routing-rules")]
    public async Task Only_admins_may_read_or_change_teams_and_routing(string method, string path)
    {
        var host = shared.Host;
        using var anonymous = host.NewClient();
        using var alice = AgentApiClient.Authorized(host, "demo-token-alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, path))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.SendAsync(Request(method, path))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.SendAsync(Request(method, path))).StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertFieldError(HttpResponseMessage response, params string[] fields)
    {
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.All(fields, field => Assert.Contains(field, errors));
    }
}
