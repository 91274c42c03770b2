using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>Authenticator-app two-step sign-in: set up with a code, then needed at every sign-in; admins can require it per role.</summary>
public class TwoStepSignInTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private BotHost Host => shared.Host;

    [Fact]
    public async Task Once_turned_on_a_token_needs_the_apps_code_or_a_recovery_code()
    {
        using var admin = new AdminApi(Host);
        await admin.CreateUserAsync(new { userName = "tom", password = "Tom-pass-123", roles = new[] { "agent" } });
        var key = await TurnOnAsync("tom", "Tom-pass-123");

        using var http = Host.NewClient();
        var withoutCode = await AdminApi.TokenResponseAsync(http, "tom", "Tom-pass-123");
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Contains("twoFactorCode", await withoutCode.Content.ReadAsStringAsync());
        var notTheCode = ((int.Parse(Totp.Code(key.Key, DateTimeOffset.UtcNow)) + 500_000) % 1_000_000).ToString("D6");
        var wrong = await http.PostAsJsonAsync("/api/agent/token", new { userName = "tom", password = "Tom-pass-123", twoFactorCode = notTheCode });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var right = await http.PostAsJsonAsync("/api/agent/token", new { userName = "tom", password = "Tom-pass-123", twoFactorCode = Totp.Code(key.Key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);

        var recovery = await http.PostAsJsonAsync("/api/agent/token", new { userName = "tom", password = "Tom-pass-123", twoFactorRecoveryCode = key.RecoveryCodes[0] });
        Assert.Equal(HttpStatusCode.OK, recovery.StatusCode);
        var reused = await http.PostAsJsonAsync("/api/agent/token", new { userName = "tom", password = "Tom-pass-123", twoFactorRecoveryCode = key.RecoveryCodes[0] });
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        var person = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/users/tom");
        Assert.True(person.GetProperty("twoFactorEnabled").GetBoolean());
    }

    [Fact]
    public async Task A_role_the_admin_requires_it_for_gets_no_token_until_it_is_set_up()
    {
        using var admin = new AdminApi(Host);
        await admin.CreateUserAsync(new { userName = "sue", password = "Sue-pass-123", roles = new[] { "contentOwner" } });
        var set = await admin.Http.PutAsJsonAsync("/api/admin/sign-in-policy", new { twoStepRoles = new[] { "content-owner" } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        try
        {
            using var http = Host.NewClient();
            var refused = await AdminApi.TokenResponseAsync(http, "sue", "Sue-pass-123");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("requires two-step sign-in", await refused.Content.ReadAsStringAsync());
            var bad = await admin.Http.PutAsJsonAsync("/api/admin/sign-in-policy", new { twoStepRoles = new[] { "wizard" } });
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var audit = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=sign-in-policy");
            Assert.Contains("contentOwner", audit.EnumerateArray().First().GetProperty("after").GetString());
        }
        finally
        {
            await admin.Http.PutAsJsonAsync("/api/admin/sign-in-policy", new { twoStepRoles = Array.Empty<string>() });
        }
    }

    /// <summary>Sets up the app for the account through its own token, as a tool would; the key and recovery codes.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(string userName, string password)
    {
        using var http = AdminApi.WithToken(Host, await AdminApi.TokenAsync(Host, userName, password));
        var setup = await http.GetFromJsonAsync<JsonElement>("/api/account/two-step");
        Assert.False(setup.GetProperty("enabled").GetBoolean());
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/ConversationalCare:" + userName, setup.GetProperty("authenticatorUri").GetString());
        var wrong = await http.PostAsJsonAsync("/api/account/two-step/enable", new { code = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await http.PostAsJsonAsync("/api/account/two-step/enable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }
}
