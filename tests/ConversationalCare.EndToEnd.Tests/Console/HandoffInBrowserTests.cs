using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>A customer in the widget and an agent in the console, each in their own Chromium window.</summary>
public class HandoffInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static HandoffInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task A_customer_asks_for_a_person_and_an_agent_claims_and_answers_from_the_console()
    {
        await using var agent = await ConsolePage.SignInAsync(fixture, "alice", "Alice-demo-1");
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");

        await shop.AskAsync("where is my parcel?");
        await shop.ExpectBotSaysAsync("tracking");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();

        // The inbox updates live: no reload.
        var row = agent.HandoffRow(conversationId);
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator("[data-testid=offered-to-you]")).ToBeVisibleAsync();
        await row.Locator("a").First.ClickAsync();

        await Expect(agent.Page.Locator("[data-testid=reason]")).ToContainTextAsync("asked for a person");
        await Expect(agent.Page.Locator("[data-testid=transcript-line]").Filter(new() { HasText = "where is my parcel?" }).First).ToBeVisibleAsync();
        await Expect(agent.Page.Locator("[data-testid=summary]")).ToContainTextAsync("where is my parcel?");
        await agent.Page.Locator("[data-testid=claim]").ClickAsync();
        await shop.ExpectBotSaysAsync("Alice has joined the conversation");

        // Enter sends only once the composer's keyboard rule has loaded; before that it is a newline, as in any textarea.
        var composer = agent.Page.Locator("[data-testid=composer][data-keys=ready] textarea");
        await Expect(composer).ToBeEditableAsync();
        await composer.FillAsync("Hi, I'm Alice. Let me check your parcel for you.");
        await composer.PressAsync("Enter");

        await shop.ExpectBotSaysAsync("Let me check your parcel for you");
        await Expect(shop.Page.Locator(".cw-sender").Filter(new() { HasText = "Alice" })).ToBeVisibleAsync();

        await shop.AskAsync("thank you, it's order LC-12345678");
        await Expect(agent.Page.Locator("[data-testid=transcript-line]").Filter(new() { HasText = "LC-12345678" }).First).ToBeVisibleAsync();
        await Expect(agent.Page.Locator("[data-testid=entities]")).ToContainTextAsync("LC-12345678");
        shop.AssertNoFailures();
    }
}
