using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>An admin runs the people of the desk through /api/admin/users, and the desk follows at once.</summary>
public class PeopleAdministrationTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private BotHost Host => shared.Host;

    [Fact]
    public async Task An_account_the_admin_creates_can_sign_in_with_its_roles_and_agent_profile()
    {
        using var admin = new AdminApi(Host);
        var created = await admin.CreateUserAsync(new
        {
            userName = "carol", displayName = "Carol Chen", password = "Carol-pass-1",
            roles = new[] { "agent", "content-owner" }, languages = new[] { "zh", "en" }, capacity = 4,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var user = body.GetProperty("user");
        Assert.Equal("Carol Chen", user.GetProperty("displayName").GetString());
        Assert.Equal(["agent", "contentOwner"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(4, user.GetProperty("capacity").GetInt32());
        Assert.True(user.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("generatedPassword").ValueKind);

        using var carol = AdminApi.WithToken(Host, await AdminApi.TokenAsync(Host, "carol", "Carol-pass-1"));
        Assert.Equal(HttpStatusCode.NoContent, (await carol.PutAsJsonAsync("/api/agent/status", new { status = "online" })).StatusCode);
        var listed = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/users/carol");
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastSignInAt").ValueKind);
        var audit = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=user.created&subject=carol");
        Assert.Equal("ada", Assert.Single(audit.EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_generated_password_is_shown_once_and_works()
    {
        using var admin = new AdminApi(Host);
        var created = await admin.CreateUserAsync(new { userName = "gina", roles = new[] { "supervisor" } });
        var password = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generatedPassword").GetString();
        Assert.NotNull(password);
        Assert.True(password.Length >= 16);
        await AdminApi.TokenAsync(Host, "gina", password);
        var listed = await admin.Http.GetStringAsync("/api/admin/users");
        Assert.DoesNotContain(password, listed);
    }

    [Fact]
    public async Task Bad_accounts_are_refused_with_the_reason_for_each_field()
    {
        using var admin = new AdminApi(Host);
        var response = await admin.CreateUserAsync(new
        {
            userName = "no spaces allowed", password = "short", roles = new[] { "wizard" }, languages = new[] { "English!" }, capacity = 99,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "userName", "roles", "languages", "capacity" }) Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {problem}");

        var weak = await admin.CreateUserAsync(new { userName = "weakling", password = "password", roles = new[] { "agent" } });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("digit", await weak.Content.ReadAsStringAsync());

        var taken = await admin.CreateUserAsync(new { userName = "alice", password = "Alice-again-1", roles = new[] { "agent" } });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchUserAsync("nobody", new { displayName = "X" })).StatusCode);
    }

    [Fact]
    public async Task Only_admins_reach_the_admin_API()
    {
        using var alice = AgentApiClient.Authorized(Host, "demo-token-alice");
        using var sam = AgentApiClient.Authorized(Host, "demo-token-sam");
        using var anonymous = Host.NewClient();
        foreach (var path in new[] { "/api/admin/users", "/api/admin/users/alice", "/api/admin/audit" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsJsonAsync("/api/admin/users", new { userName = "mallory", roles = new[] { "admin" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PatchAsJsonAsync("/api/admin/users/alice", new { roles = new[] { "admin" } })).StatusCode);
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_deactivated()
    {
        using var admin = new AdminApi(Host);
        var response = await admin.PatchUserAsync("ada", new { active = false });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("last active admin", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while()
    {
        using var admin = new AdminApi(Host);
        await admin.CreateUserAsync(new { userName = "lucy", password = "Lucy-pass-1", roles = new[] { "agent" } });
        using var http = Host.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await AdminApi.TokenResponseAsync(http, "lucy", "Wrong-pass-1")).StatusCode);

        var locked = await AdminApi.TokenResponseAsync(http, "lucy", "Lucy-pass-1");
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("Locked for 15 minutes", await locked.Content.ReadAsStringAsync());
        var person = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/users/lucy");
        var until = person.GetProperty("lockedOutUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
    }

    [Fact]
    public async Task After_an_admin_resets_a_password_the_person_must_choose_their_own_before_working()
    {
        using var admin = new AdminApi(Host);
        await admin.CreateUserAsync(new { userName = "rita", password = "Rita-pass-1", roles = new[] { "agent" } });
        using var before = AdminApi.WithToken(Host, await AdminApi.TokenAsync(Host, "rita", "Rita-pass-1"));

        var reset = await admin.Http.PostAsJsonAsync("/api/admin/users/rita/password-reset", new { });
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generatedPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/agent/conversations")).StatusCode);
        using var http = Host.NewClient();
        var refused = await AdminApi.TokenResponseAsync(http, "rita", temporary);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("/api/account/password", await refused.Content.ReadAsStringAsync());

        var mismatch = await http.PostAsJsonAsync("/api/account/password", new { userName = "rita", currentPassword = "Rita-pass-1", newPassword = "Rita-mine-2" });
        Assert.Equal(HttpStatusCode.Unauthorized, mismatch.StatusCode);
        var changed = await http.PostAsJsonAsync("/api/account/password", new { userName = "rita", currentPassword = temporary, newPassword = "Rita-mine-2" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var after = AdminApi.WithToken(Host, await AdminApi.TokenAsync(Host, "rita", "Rita-mine-2"));
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/agent/conversations")).StatusCode);
    }

    [Fact]
    public async Task Deactivating_an_agent_mid_chat_signs_them_out_and_puts_the_customer_back_in_the_queue()
    {
        using var admin = new AdminApi(Host);
        await admin.CreateUserAsync(new { userName = "dave", displayName = "Dave", password = "Dave-pass-1", roles = new[] { "agent" }, languages = new[] { "en" } });
        using var dave = AdminApi.WithToken(Host, await AdminApi.TokenAsync(Host, "dave", "Dave-pass-1"));
        Assert.Equal(HttpStatusCode.NoContent, (await dave.PutAsJsonAsync("/api/agent/status", new { status = "online" })).StatusCode);
        using var http = Host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await dave.PostAsync($"/api/agent/conversations/{chat.ConversationId}/claim", null)).StatusCode);
        await chat.ExpectReplyContaining("Dave");

        var deactivated = await admin.PatchUserAsync("dave", new { active = false });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var returnedBy = DateTimeOffset.UtcNow.AddSeconds(2);

        Assert.Equal(HttpStatusCode.Unauthorized, (await dave.GetAsync("/api/agent/conversations")).StatusCode);
        using var sam = new AgentApiClient(Host, "sam");
        var waiting = await sam.ExpectContextAsync(chat.ConversationId, c => c.Handoff.Status == "Waiting", "the conversation back in the queue");
        Assert.True(DateTimeOffset.UtcNow <= returnedBy, "the conversation took more than 2 s to return to the queue");
        Assert.Null(waiting.Handoff.Owner);
        Assert.Contains(waiting.Notes, n => n.Text.Contains("Dave's account was deactivated"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminApi.TokenResponseAsync(http, "dave", "Dave-pass-1")).StatusCode);
        var desk = Host.Services.GetRequiredService<IHandoffDesk>();
        Assert.Null(await desk.GetAgentAsync("dave", CancellationToken.None));
        Assert.False((await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/users/dave")).GetProperty("active").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchUserAsync("dave", new { active = true })).StatusCode);
        await AdminApi.TokenAsync(Host, "dave", "Dave-pass-1");
        Assert.Equal(AgentStatus.Offline, (await desk.GetAgentAsync("dave", CancellationToken.None))?.Status);
    }
}
