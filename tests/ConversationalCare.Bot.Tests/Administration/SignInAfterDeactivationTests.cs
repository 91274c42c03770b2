using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>A console tab whose account was just deactivated lands on the sign-in page, and that page still works.</summary>
public class SignInAfterDeactivationTests
{
    // Identity re-checks a sign-in cookie against the account at most this often (AgentAccounts sets it).
    private static readonly TimeSpan CookieRecheckInterval = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task The_sign_in_page_a_deactivated_person_is_sent_to_accepts_the_next_sign_in_even_after_the_cookie_is_rechecked()
    {
        using var host = new BotHost();
        using var admin = new AdminApi(host);
        using var browser = new ConsoleBrowser(host);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("alice", "Alice-demo-1")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchUserAsync("alice", new { active = false })).StatusCode);
        // The form is loaded while alice's cookie is still inside its re-check window, and posted after it.
        var refused = await browser.SignInAsync("alice", "Alice-demo-1", delayBeforePost: CookieRecheckInterval + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("deactivated", await refused.Content.ReadAsStringAsync());

        var colleague = await browser.SignInAsync("bob", "Bob-demo-1");
        Assert.Equal(HttpStatusCode.Redirect, colleague.StatusCode);
    }
}
