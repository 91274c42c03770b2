using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration.Website;

/// <summary>The "Add the chat to your site" console page: admins only, with the snippet and the secrets table.</summary>
public class WebsiteChatPageTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    [Fact]
    public async Task An_admin_sees_the_snippet_for_this_host_and_the_secrets_table()
    {
        using var browser = new ConsoleBrowser(shared.Host);
        await browser.SignInAsync("ada", "Ada-demo-1");

        var page = await browser.Http.GetStringAsync("/console/admin/website");

        Assert.Contains("Add the chat to your site", page);
        Assert.Contains($"{shared.Host.BaseAddress.ToString().TrimEnd('/')}/widget/care-widget.js", WebUtility.HtmlDecode(page));
        Assert.Contains("data-testid=\"secrets\"", page);
        Assert.Contains("href=\"/console/admin/website\"", page);
    }

    [Fact]
    public async Task An_agent_is_not_shown_the_page()
    {
        using var browser = new ConsoleBrowser(shared.Host);
        await browser.SignInAsync("alice", "Alice-demo-1");

        var response = await browser.Http.GetAsync("/console/admin/website");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("denied", response.Headers.Location?.ToString());
        Assert.DoesNotContain("href=\"/console/admin/website\"", await browser.Http.GetStringAsync("/console"));
    }
}
