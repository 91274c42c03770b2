using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>
/// The console's first impression on a 1366×768 laptop, the smallest screen agents commonly work on: a styled sign-in
/// form and an inbox whose every column is on screen. Screenshots of both go to <see cref="TestArtifacts"/>.
/// </summary>
public class LaptopScreenInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    static LaptopScreenInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task The_sign_in_form_has_the_console_look_with_its_fields_lined_up()
    {
        await using var console = await ConsolePage.OpenAsync(fixture, Laptop);
        await console.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("console-signin-1366.png") });

        // The browser's default button is transparent or ButtonFace; the console's primary button is its accent colour.
        var buttonBackground = await console.SignInButton.EvaluateAsync<string>("button => getComputedStyle(button).backgroundColor");
        Assert.Equal(await AccentColourAsync(console.Page), buttonBackground);

        var userName = await BoxAsync(console.UserName);
        var password = await BoxAsync(console.Password);
        var button = await BoxAsync(console.SignInButton);
        Assert.Equal(userName.X, password.X, tolerance: 1);
        Assert.Equal(userName.Width, password.Width, tolerance: 1);
        Assert.Equal(userName.X, button.X, tolerance: 1);
        Assert.True(password.Y > userName.Y + userName.Height, "The password field should sit below the user name, not beside it.");

        // A wrong password brings the form's alert, which lines up with the fields too.
        await console.UserName.FillAsync("bob");
        await console.Password.FillAsync("not-his-password");
        await console.SignInButton.ClickAsync();
        var alert = console.Page.Locator(".form-error[role=alert]");
        await Expect(alert).ToContainTextAsync("not right");
        await console.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("console-signin-error-1366.png") });
        Assert.Equal((await BoxAsync(console.UserName)).X, (await BoxAsync(alert)).X, tolerance: 1);
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task The_inbox_shows_every_column_including_the_owner_on_a_1366_pixel_screen()
    {
        await using var agent = await ConsolePage.OpenAsync(fixture, Laptop);
        // Signing in puts alice online, so the customer queues for her rather than leaving a message.
        await agent.SignInAsAsync("alice", "Alice-demo-1");
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("转人工");
        var conversationId = await shop.ConversationIdAsync();

        var handoff = agent.HandoffRow(conversationId);
        await Expect(handoff).ToBeVisibleAsync();
        await agent.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("console-inbox-1366.png") });
        await ExpectOnScreenAsync(agent.Page, "Owner", handoff.Locator("[data-testid=owner]"));

        // The conversations tab ends with the last message, which is as long as the bot's queue notice.
        await agent.Page.Locator("[data-testid=tab-conversations]").ClickAsync();
        var conversation = agent.Page.Locator($"[data-testid=conversation-row][data-conversation-id='{conversationId}']");
        await Expect(conversation).ToBeVisibleAsync();
        await agent.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("console-conversations-1366.png") });
        await ExpectOnScreenAsync(agent.Page, "Last message", conversation.Locator("td[data-label='Last message']"));
        shop.AssertNoFailures();
    }

    /// <summary>
    /// The inbox's last column, heading and cell, ends inside the screen and inside the panel, which clips what its
    /// table scrolls past: a column scrolled out of the panel is as cut off as one past the window.
    /// </summary>
    private static async Task ExpectOnScreenAsync(IPage page, string lastHeading, ILocator lastCell)
    {
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= Laptop.Width, $"The page is {pageWidth} px wide on a {Laptop.Width} px screen.");
        var panel = await BoxAsync(page.Locator("#inbox-panel"));
        var visibleRight = Math.Min(Laptop.Width, panel.X + panel.Width);
        var heading = await BoxAsync(page.GetByRole(AriaRole.Columnheader, new() { Name = lastHeading, Exact = true }));
        var cell = await BoxAsync(lastCell);
        Assert.True(heading.X + heading.Width <= visibleRight,
            $"The {lastHeading} heading ends at {heading.X + heading.Width:0} px, past the visible {visibleRight:0} px.");
        Assert.True(cell.X + cell.Width <= visibleRight,
            $"The {lastHeading} cell ends at {cell.X + cell.Width:0} px, past the visible {visibleRight:0} px.");
    }

    /// <summary>The console's --cc-accent as the browser computes colours, so it compares with a computed background.</summary>
    private static Task<string> AccentColourAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--cc-accent)';
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        }
        """);

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await Expect(locator).ToBeVisibleAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} has no box on the page.");
    }
}
