using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>
/// A team goes live without the demo, in Chromium: on an empty data directory in Production the README's command
/// creates the first admin, who sets up a team, its routing rule and an agent on the console's pages; a customer
/// who writes in Chinese on the shop reaches that agent. Screenshots at 1366×768 go to <see cref="TestArtifacts"/>.
/// </summary>
public class GoLiveInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    static GoLiveInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task A_new_admin_sets_up_a_Chinese_billing_team_and_agent_whom_a_customer_is_offered_to()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var (exit, said, complained) = await BotCommandLine.RunAsync(data, "Root-pass-12\n", "admin", "add-user", "root", "--role", "admin");
            Assert.True(exit == 0, $"admin add-user failed ({exit}): {said} {complained}");
            using var host = new BotHost(dataDirectory: data, environment: "Production");

            await using var root = await ConsolePage.OpenAsync(fixture, Laptop, host.BaseAddress, "/console/admin/teams");
            await root.SignInAsAsync("root", "Root-pass-12");
            await root.WhenLiveAsync();
            await CreateTeamAsync(root.Page);
            await AddRuleAtTheTopAsync(root.Page, intent: "billing_payment", locale: "zh", team: "billing-cn", priority: "P2");
            await root.ScreenshotAsync("golive-teams-1366.png");

            await root.GoToAsync("/console/admin/people");
            await AddAgentAsync(root.Page);
            await root.ScreenshotAsync("golive-people-1366.png");

            await using var lin = await ConsolePage.OpenAsync(fixture, Laptop, host.BaseAddress);
            // Signing in puts lin online, so the customer queues for her rather than leaving a message.
            await lin.SignInAsAsync("lin", "Lin-pass-123");
            await lin.WhenLiveAsync();

            await using var shop = await ShopPage.OpenAsync(fixture, output, host.BaseAddress);
            await shop.ChooseChineseAsync();
            await shop.OpenChatAsync();
            await shop.AskAsync("可以用支付宝吗");
            await shop.ExpectAnswerAfterAsync("可以用支付宝吗");
            await shop.AskAsync("转人工");
            await shop.ExpectBotSaysAsync("排在第 1 位");
            var conversationId = await shop.ConversationIdAsync();

            var offered = lin.HandoffRow(conversationId);
            await Expect(offered.Locator("[data-testid=offered-to-you]")).ToBeVisibleAsync();
            await Expect(offered.Locator("td[data-label=Team]")).ToHaveTextAsync("billing-cn");
            await Expect(offered.Locator("td[data-label=Priority]")).ToHaveTextAsync("P2");
            await lin.ScreenshotAsync("golive-lin-inbox-1366.png");
            shop.AssertNoFailures();
        }
        finally
        {
            BotHost.DeleteData(data);
        }
    }

    private static async Task CreateTeamAsync(IPage page)
    {
        await page.Locator("[data-testid=team-name]").FillAsync("billing-cn");
        await page.Locator("[data-testid=team-displayname]").FillAsync("Billing (China)");
        await page.Locator("[data-testid=team-create]").ClickAsync();
        await Expect(page.Locator("[data-testid=create-saved]")).ToContainTextAsync("Added Billing (China)");
        await Expect(page.Locator("[data-testid=team-state-billing-cn]")).ToHaveTextAsync("active");
    }

    /// <summary>A new rule comes last; the first matching rule wins, so it is moved up to the top before saving.</summary>
    private static async Task AddRuleAtTheTopAsync(IPage page, string intent, string locale, string team, string priority)
    {
        var rules = page.Locator("[data-testid=rules-editor] ol > li");
        var last = await rules.CountAsync();
        await page.Locator("[data-testid=rule-add]").ClickAsync();
        await Expect(rules).ToHaveCountAsync(last + 1);
        await page.Locator($"[data-testid=rule-intent-{last}]").SelectOptionAsync(intent);
        await page.Locator($"[data-testid=rule-locale-{last}]").FillAsync(locale);
        await page.Locator($"[data-testid=rule-team-{last}]").SelectOptionAsync(team);
        await page.Locator($"[data-testid=rule-priority-{last}]").SelectOptionAsync(priority);
        for (var at = last; at > 0; at--) await page.Locator($"[data-testid=rule-up-{at}]").ClickAsync();

        await Expect(page.Locator("[data-testid=rule-intent-0]")).ToHaveValueAsync(intent);
        await Expect(page.Locator("[data-testid=rule-team-0]")).ToHaveValueAsync(team);
        await page.Locator("[data-testid=rules-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=rules-saved]")).ToContainTextAsync("Saved the routing rules");
        // What was saved comes back from the server in the form, in the order it will be read.
        await Expect(page.Locator("[data-testid=rule-locale-0]")).ToHaveValueAsync(locale);
        await Expect(page.Locator("[data-testid=rule-priority-0]")).ToHaveValueAsync(priority);
    }

    private static async Task AddAgentAsync(IPage page)
    {
        await page.Locator("[data-testid=add-person]").ClickAsync();
        await page.Locator("[data-testid=person-username]").FillAsync("lin");
        await page.Locator("[data-testid=person-displayname]").FillAsync("Lin");
        await page.Locator("[data-testid=person-password]").FillAsync("Lin-pass-123");
        await page.Locator("[data-testid=role-agent]").CheckAsync();
        await page.Locator("[data-testid=team-billing-cn]").CheckAsync();
        await page.Locator("[data-testid=person-languages]").FillAsync("zh");
        await page.Locator("[data-testid=person-save]").ClickAsync();

        var lin = page.Locator("[data-testid=person-lin]");
        await Expect(lin).ToContainTextAsync("billing-cn · zh · 3");
        await Expect(page.Locator("[data-testid=state-lin]")).ToHaveTextAsync("active");
    }
}
