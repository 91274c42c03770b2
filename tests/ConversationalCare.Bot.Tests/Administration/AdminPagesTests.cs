using System.Net;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>The console's admin pages open for admins only, and a role that must use two-step sign-in is sent to set it up.</summary>
public class AdminPagesTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private static readonly string[] AdminPages =
        ["/console/admin/people", "/console/admin/teams", "/console/admin/replies", "/console/admin/website", "/console/admin/customers", "/console/admin/audit"];

    [Theory]
    [InlineData("alice", "Alice-demo-1")]
    [InlineData("sam", "Sam-demo-1")]
    [InlineData("olivia", "Olivia-demo-1")]
    public async Task Nobody_without_the_admin_role_opens_an_admin_page(string userName, string password)
    {
        using var browser = new ConsoleBrowser(shared.Host);
        await browser.SignInAsync(userName, password);
        foreach (var page in AdminPages)
        {
            var response = await browser.Http.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("denied"),
                $"{userName} reached {page}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task An_admin_opens_every_admin_page()
    {
        using var browser = new ConsoleBrowser(shared.Host);
        await browser.SignInAsync("ada", "Ada-demo-1");
        foreach (var page in AdminPages)
            Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task When_admins_must_use_two_step_sign_in_an_admin_without_it_is_sent_to_set_it_up()
    {
        using var admin = new AdminApi(shared.Host);
        await admin.CreateUserAsync(new { userName = "nora", password = "Nora-pass-123", roles = new[] { "admin" } });
        using var browser = new ConsoleBrowser(shared.Host);
        await browser.SignInAsync("nora", "Nora-pass-123");
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/console/admin/people")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PutAsJsonAsync("/api/admin/sign-in-policy", new { twoStepRoles = new[] { "admin" } })).StatusCode);
        try
        {
            var stopped = await browser.Http.GetAsync("/console/admin/people");
            Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
            Assert.Equal("/console/account?twostep=required", stopped.Headers.Location?.ToString());
            var account = await browser.Http.GetStringAsync("/console/account?twostep=required");
            Assert.Contains("data-testid=\"two-step-required\"", account);
            Assert.Contains("data-testid=\"two-step-key\"", account);
            Assert.Contains("<svg", account);
        }
        finally
        {
            await admin.Http.PutAsJsonAsync("/api/admin/sign-in-policy", new { twoStepRoles = Array.Empty<string>() });
        }
    }
}
