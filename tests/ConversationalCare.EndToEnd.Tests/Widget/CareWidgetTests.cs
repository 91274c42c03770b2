using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Widget;

/// <summary>Our own chat widget on the demo shop page at <c>/</c>, used in Chromium the way a shopper would.</summary>
public class CareWidgetTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static CareWidgetTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task The_widget_answers_an_english_question_over_the_websocket_stream()
    {
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();

        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("where is my parcel?");

        await shop.ExpectBotSaysAsync("tracking");
        await shop.ExpectDeliveredAsync("where is my parcel?");
        await Expect(shop.Root).ToHaveAttributeAsync("data-connection", "websocket");
        shop.AssertNoFailures();
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task The_widget_answers_a_chinese_question_and_ignores_enter_while_an_ime_is_composing()
    {
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");

        // A real IME can't be driven headlessly; its events can. Enter that confirms a candidate must not send.
        await shop.Input.FillAsync("我的快递到哪了");
        var whileComposing = await shop.Input.EvaluateAsync<string>("""
            input => {
              input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
              input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
              const sentAnything = document.querySelectorAll('[data-testid=message][data-role=user]').length > 0;
              input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '我的快递到哪了' }));
              return sentAnything ? 'sent' : input.value;
            }
            """);
        Assert.Equal("我的快递到哪了", whileComposing);

        await shop.Input.PressAsync("Enter");

        await shop.ExpectDeliveredAsync("我的快递到哪了");
        await shop.ExpectBotSaysAsync("运单号");
        await Expect(shop.Input).ToHaveValueAsync("");
        shop.AssertNoFailures();
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task The_widget_shows_the_same_conversation_after_a_page_reload()
    {
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.AskAsync("where is my parcel?");
        await shop.ExpectBotSaysAsync("tracking");
        var conversationId = await shop.ConversationIdAsync();

        await shop.Page.ReloadAsync();

        await Expect(shop.Root).ToHaveAttributeAsync("data-open", "true");
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.ExpectBotSaysAsync("tracking");
        await shop.ExpectDeliveredAsync("where is my parcel?");
        Assert.Equal(conversationId, await shop.ConversationIdAsync());
        await Expect(shop.Messages("user")).ToHaveCountAsync(1);

        await shop.AskAsync("how do I return an item?");
        await shop.ExpectDeliveredAsync("how do I return an item?");
        await shop.ExpectAnswerAfterAsync("how do I return an item?");
        shop.AssertNoFailures();
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task A_suggested_action_sends_its_text_and_gets_an_answer()
    {
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        var suggestion = shop.Page.Locator("[data-testid=suggested-action]").First;
        var label = (await suggestion.InnerTextAsync()).Trim();

        await suggestion.ClickAsync();

        await shop.ExpectDeliveredAsync(label);
        await shop.ExpectAnswerAfterAsync(label);
        shop.AssertNoFailures();
    }

    [EndToEndFact(Requires.Chromium)]
    public async Task The_handoff_console_lists_the_conversation_the_widget_started()
    {
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.AskAsync("where is my parcel?");
        await shop.ExpectBotSaysAsync("tracking");
        var conversationId = await shop.ConversationIdAsync();

        await using var agent = await Console.ConsolePage.SignInAsync(fixture, "sam", "Sam-demo-1");
        var consoleFailures = new List<string>();
        agent.Page.Response += (_, response) => { if (response.Status >= 400) lock (consoleFailures) consoleFailures.Add($"{response.Url}: HTTP {response.Status}"); };
        await agent.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "console?view=conversations").ToString());

        var row = agent.Page.Locator($"[data-testid=conversation-row][data-conversation-id='{conversationId}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("en-US");
        shop.AssertNoFailures();
        lock (consoleFailures) Assert.Empty(consoleFailures);
    }
}
