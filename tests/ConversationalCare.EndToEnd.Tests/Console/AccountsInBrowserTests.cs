using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConversationalCare.Bot.Tests.Administration;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>
/// Accounts as people live with them, in Chromium on the Development host: an admin deactivating an agent mid-chat,
/// two-step sign-in set up on the account page, and a temporary password replaced at sign-in. Each test makes its own
/// account through the admin API (the demo admin's token), so the demo accounts stay as the other tests expect them.
/// </summary>
public class AccountsInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    // The console re-checks an open tab's account every 2 s; 10 s allows for a test run on two shared cores.
    private static readonly LocatorAssertionsToBeVisibleOptions WithinSeconds = new() { Timeout = 10_000 };

    static AccountsInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task Deactivating_an_agent_mid_chat_signs_them_out_of_the_console_and_returns_the_chat_to_the_queue()
    {
        await CreateAccountAsync("kim", "Kim-pass-123", "agent");
        await using var kim = await ConsolePage.OpenAsync(fixture, Laptop);
        await kim.SignInAsAsync("kim", "Kim-pass-123");
        await kim.WhenLiveAsync();

        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();

        var row = kim.HandoffRow(conversationId);
        await Expect(row).ToBeVisibleAsync();
        await row.Locator("a").First.ClickAsync();
        await kim.Page.Locator("[data-testid=claim]").ClickAsync();
        await shop.ExpectBotSaysAsync("Kim has joined the conversation");

        await using var ada = await ConsolePage.OpenAsync(fixture, Laptop, path: "/console/admin/people");
        await ada.SignInAsAsync("ada", "Ada-demo-1");
        await ada.WhenLiveAsync();
        await ada.Page.Locator("[data-testid=deactivate-kim]").ClickAsync();
        await Expect(ada.Page.Locator("[data-testid=person-kim]")).ToContainTextAsync("return their chats to the queue");
        await ada.Page.Locator("[data-testid=confirm-deactivate-kim]").ClickAsync();
        await Expect(ada.Page.Locator("[data-testid=state-kim]")).ToHaveTextAsync("deactivated");
        await ada.ScreenshotAsync("deactivated-agent-people-1366.png");

        // Kim's open conversation page, with no reload and no click of hers, ends on the sign-in page; she cannot come back.
        await Expect(kim.SignInButton).ToBeVisibleAsync(WithinSeconds);
        await Expect(kim.Page).ToHaveURLAsync(new Regex("/console/signin"));
        await kim.FillSignInAsync("kim", "Kim-pass-123");
        await Expect(kim.Page.Locator(".form-error[role=alert]")).ToContainTextAsync("deactivated");

        await shop.ExpectBotSaysAsync("passing you to a colleague");
        using var samApi = new AgentApiClient(fixture.Host, "sam");
        var waiting = await samApi.InboxAsync("waiting");
        Assert.Contains(waiting, item => item.ConversationId == conversationId && item.Owner is null);

        await using var sam = await ConsolePage.OpenAsync(fixture, Laptop);
        await sam.SignInAsAsync("sam", "Sam-demo-1");
        await sam.GoToAsync($"/console/conversations/{conversationId}");
        await Expect(sam.Page.Locator("[data-testid=claim]")).ToBeVisibleAsync();
        await Expect(sam.Page.Locator("[data-testid=note]").Filter(new() { HasText = "Returned to the queue from kim" }))
            .ToContainTextAsync("Kim's account was deactivated");
        await sam.ScreenshotAsync("deactivated-agent-returned-chat-1366.png");
        shop.AssertNoFailures();
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task Two_step_sign_in_is_set_up_on_the_account_page_and_asked_for_at_the_next_sign_in()
    {
        await CreateAccountAsync("tess", "Tess-pass-123", "agent");
        await using var tess = await ConsolePage.OpenAsync(fixture, Laptop, path: "/console/account");
        await tess.SignInAsAsync("tess", "Tess-pass-123");

        // What an authenticator app does with the key: the page shows it beside the QR code.
        var key = await tess.Page.Locator("[data-testid=two-step-key]").InnerTextAsync();
        Assert.Matches("^[a-z2-7 ]+$", key);
        await tess.ScreenshotAsync("two-step-setup-1366.png");
        await tess.Page.Locator("[data-testid=enable-code]").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await tess.Page.Locator("[data-testid=enable-submit]").ClickAsync();
        await Expect(tess.Page.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);

        await tess.Page.Locator("[data-testid=signout] button").ClickAsync();
        await Expect(tess.SignInButton).ToBeVisibleAsync();
        await tess.FillSignInAsync("tess", "Tess-pass-123");
        var code = tess.Page.Locator("[data-testid=two-step-code]");
        await Expect(code).ToBeVisibleAsync();
        await tess.ScreenshotAsync("two-step-code-1366.png");

        await code.FillAsync(WrongCode(key));
        await tess.Page.Locator("[data-testid=two-step-submit]").ClickAsync();
        await Expect(tess.Page.Locator(".form-error[role=alert]")).ToContainTextAsync("That code is not right");

        await code.FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await tess.Page.Locator("[data-testid=two-step-submit]").ClickAsync();
        await Expect(tess.Page).ToHaveURLAsync(new Regex("/console$"));
        await tess.WhenLiveAsync();
        await Expect(tess.Page.Locator("[data-testid=account]")).ToContainTextAsync("tess");
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task A_password_an_admin_reset_is_replaced_by_one_the_person_chooses_at_their_next_sign_in()
    {
        await CreateAccountAsync("rui", "Rui-pass-123", "agent");
        using var admin = AgentApiClient.Authorized(fixture.Host, "demo-token-ada");
        using var reset = await admin.PostAsJsonAsync("/api/admin/users/rui/password-reset", new { });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generatedPassword").GetString()!;

        await using var rui = await ConsolePage.OpenAsync(fixture, Laptop);
        await rui.FillSignInAsync("rui", temporary);
        await Expect(rui.Page.Locator("h1")).ToHaveTextAsync("Choose a new password");
        await rui.Page.Locator("[data-testid=new-password]").FillAsync("Rui-own-4567");
        await rui.Page.Locator("[data-testid=confirm-password]").FillAsync("Rui-own-4567");
        await rui.ScreenshotAsync("choose-password-1366.png");
        await rui.Page.Locator("[data-testid=choose-password-submit]").ClickAsync();
        await Expect(rui.Page).ToHaveURLAsync(new Regex("/console$"));
        await rui.WhenLiveAsync();

        // The temporary password did its one job.
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminTokenResponseAsync("rui", temporary)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdminTokenResponseAsync("rui", "Rui-own-4567")).StatusCode);
    }

    private async Task CreateAccountAsync(string userName, string password, string role)
    {
        using var admin = AgentApiClient.Authorized(fixture.Host, "demo-token-ada");
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = char.ToUpperInvariant(userName[0]) + userName[1..], password, roles = new[] { role },
            teams = new[] { "general" }, languages = new[] { "en" },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> AdminTokenResponseAsync(string userName, string password)
    {
        using var http = fixture.Host.NewClient();
        return await http.PostAsJsonAsync("/api/agent/token", new { userName, password });
    }

    /// <summary>A six-digit code that none of the windows around now accepts, whatever the clock.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        string[] right = [.. new[] { -60, -30, 0, 30, 60 }.Select(s => Totp.Code(key, now.AddSeconds(s)))];
        return new[] { "000000", "111111", "222222" }.First(candidate => !right.Contains(candidate));
    }
}
