using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>
/// A team goes live without the demo: on an empty data directory in Production, the README's command creates the
/// first admin, who sets up a team, a routing rule and an agent through the admin API; a customer reaches that agent.
/// </summary>
public class GoLiveTests
{
    [Fact]
    public async Task The_first_admin_from_the_command_line_sets_up_a_team_and_an_agent_whom_a_Chinese_billing_customer_is_offered_to()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        var (exit, output, error) = await BotCommandLine.RunAsync(data, "Root-pass-12\n", "admin", "add-user", "root", "--role", "admin");
        Assert.True(exit == 0, $"admin add-user failed ({exit}): {output} {error}");
        Assert.Contains("Created the account 'root' (admin)", output);

        using var host = new BotHost(dataDirectory: data, environment: "Production");
        try
        {
            using var anonymous = host.NewClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await AdminApi.TokenResponseAsync(anonymous, "alice", "Alice-demo-1")).StatusCode);
            using var root = AdminApi.WithToken(host, await AdminApi.TokenAsync(host, "root", "Root-pass-12"));

            Assert.Equal(HttpStatusCode.Created, (await root.PostAsJsonAsync("/api/admin/teams", new { name = "billing-cn", displayName = "Billing (China)" })).StatusCode);
            var rules = await root.GetFromJsonAsync<List<JsonElement>>("/api/admin/routing-rules");
            object[] ordered = [new { intent = "billing_payment", team = "billing-cn", priority = "P2" }, .. rules!];
            Assert.Equal(HttpStatusCode.OK, (await root.PutAsJsonAsync("/api/admin/routing-rules", ordered)).StatusCode);
            var created = await root.PostAsJsonAsync("/api/admin/users", new
            {
                userName = "lin", displayName = "Lin", password = "Lin-pass-123", roles = new[] { "agent" }, teams = new[] { "billing-cn" }, languages = new[] { "zh" },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            using var lin = AdminApi.WithToken(host, await AdminApi.TokenAsync(host, "lin", "Lin-pass-123"));
            Assert.Equal(HttpStatusCode.NoContent, (await lin.PutAsJsonAsync("/api/agent/status", new { status = "online" })).StatusCode);
            var chat = await DirectLineChat.StartAsync(anonymous, "zh-CN");
            await chat.Ask("可以用支付宝吗", locale: "zh-CN");
            await chat.Send("转人工", locale: "zh-CN");
            await chat.ExpectReplyContaining("排在第 1 位");

            var offered = Assert.Single((await lin.GetFromJsonAsync<List<QueueItem>>("/api/agent/conversations?status=waiting", AdminApi.Json))!);
            Assert.Equal((chat.ConversationId, "billing-cn", 2, "lin"), (offered.ConversationId, offered.Team, offered.Priority, offered.OfferedTo));
            Assert.Equal(HttpStatusCode.NoContent, (await lin.PostAsync($"/api/agent/conversations/{chat.ConversationId}/claim", null)).StatusCode);
            await chat.ExpectReplyContaining("Lin");
        }
        finally
        {
            BotHost.DeleteData(data);
        }
    }

    [Fact]
    public async Task The_command_line_refuses_an_existing_user_a_weak_password_or_a_bad_name_with_exit_code_2()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        try
        {
            Assert.Equal(0, (await BotCommandLine.RunAsync(data, "", "admin", "add-user", "root", "--role", "admin", "--generate-password")).Exit);
            var again = await BotCommandLine.RunAsync(data, "Root-pass-12\n", "admin", "add-user", "root", "--role", "admin");
            Assert.Equal((2, true), (again.Exit, again.Error.Contains("already an account called 'root'")));
            var weak = await BotCommandLine.RunAsync(data, "abc\n", "admin", "add-user", "second", "--role", "admin");
            Assert.Equal((2, true), (weak.Exit, weak.Error.Contains("at least 8 characters")));
            var badName = await BotCommandLine.RunAsync(data, "Good-pass-12\n", "admin", "add-user", "no/slashes", "--role", "admin");
            Assert.Equal((2, true), (badName.Exit, badName.Error.Contains("A user name is")));
            var noRole = await BotCommandLine.RunAsync(data, "Good-pass-12\n", "admin", "add-user", "third");
            Assert.Equal((2, true), (noRole.Exit, noRole.Error.Contains("--role")));
        }
        finally
        {
            BotHost.DeleteData(data);
        }
    }
}
