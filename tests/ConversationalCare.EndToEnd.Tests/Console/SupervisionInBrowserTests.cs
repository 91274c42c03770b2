using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>A supervisor watching the queue and the day's KPIs in Chromium while a customer asks for a person.</summary>
public class SupervisionInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static SupervisionInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task A_supervisor_sees_a_handoff_join_the_queue_live_and_drills_from_the_escalation_tile_to_it()
    {
        await using var sam = await ConsolePage.SignInAsync(fixture, "sam", "Sam-demo-1");
        await Expect(sam.Page.Locator("nav a", new() { HasText = "Supervision" })).ToHaveAttributeAsync("href", "/console/supervision");
        // Opened by address rather than a click: a click before the inbox's circuit is up can race its start.
        await sam.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console/supervision").ToString());
        await Expect(sam.Page.Locator("h1")).ToHaveTextAsync("Supervision");
        var waiting = sam.Page.Locator("[data-testid=waiting-count]");
        await Expect(waiting).ToBeVisibleAsync();
        var before = int.Parse(await waiting.TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();

        // The monitor follows the desk: no reload.
        await Expect(waiting).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The KPIs are computed when the page opens; choosing today reloads them.
        await sam.Page.Locator("[data-testid=period-today]").ClickAsync();
        await Expect(sam.Page.Locator("[data-testid=time-chart] svg[role=img]")).ToBeVisibleAsync();
        await Expect(sam.Page.Locator("[data-testid=hour-bar]")).ToHaveCountAsync(24);
        await Expect(sam.Page.Locator("[data-testid=breakdown-chart] svg [data-testid=group-bar]").First).ToBeVisibleAsync();
        await sam.Page.Locator("[data-testid=tile-escalation]").ClickAsync();

        var link = sam.Page.Locator($"[data-testid=drill-row] a[href='/console/conversations/{conversationId}']");
        await Expect(link).ToBeVisibleAsync();
        await sam.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "supervision-page.png"), FullPage = true });
        await link.ClickAsync();
        await Expect(sam.Page.Locator("[data-testid=reason]")).ToContainTextAsync("asked for a person");
        shop.AssertNoFailures();
    }
}
