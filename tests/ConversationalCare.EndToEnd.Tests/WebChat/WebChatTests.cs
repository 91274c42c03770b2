using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.WebChat;

/// <summary>
/// Microsoft's Web Chat 4.18.1 in headless Chromium, on a page from another origin, talking Direct Line to the real
/// host: the customer types in Web Chat's send box, presses Enter, and reads the bot's answer.
/// </summary>
public class WebChatTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static WebChatTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.WebChat)]
    public async Task Web_Chat_renders_the_bots_reply_over_the_websocket_stream()
    {
        await using var chat = await OpenWebChatAsync(webSocket: true, locale: "en-US");

        await chat.ExpectBotSaysAsync("Lumen & Co assistant");
        await chat.SendAsync("where is my parcel?");

        await chat.ExpectBotSaysAsync("tracking");
        await chat.ExpectSentAsync("where is my parcel?");
        Assert.Empty(chat.HostFailures);
        Assert.Contains(chat.Sockets, url => url.Contains("/v3/directline/conversations/") && url.Contains("/stream"));
        Assert.DoesNotContain(chat.Requests, url => url.Contains("/activities?watermark"));
    }

    [EndToEndFact(Requires.WebChat)]
    public async Task Web_Chat_renders_the_bots_reply_by_polling()
    {
        await using var chat = await OpenWebChatAsync(webSocket: false, locale: "en-US");

        await chat.ExpectBotSaysAsync("Lumen & Co assistant");
        await chat.SendAsync("where is my parcel?");

        await chat.ExpectBotSaysAsync("tracking");
        await chat.ExpectSentAsync("where is my parcel?");
        Assert.Empty(chat.HostFailures);
        Assert.Empty(chat.Sockets);
        Assert.Contains(chat.Requests, url => url.Contains("/activities?watermark"));
    }

    [EndToEndFact(Requires.WebChat)]
    public async Task Web_Chat_greets_and_answers_in_chinese_when_its_locale_is_chinese()
    {
        await using var chat = await OpenWebChatAsync(webSocket: true, locale: "zh-CN");

        await chat.ExpectBotSaysAsync("Lumen & Co 智能客服");
        await chat.SendAsync("我的快递到哪了");

        await chat.ExpectBotSaysAsync("运单号");
        await chat.ExpectSentAsync("我的快递到哪了");
        Assert.Empty(chat.HostFailures);
    }

    private async Task<WebChatPage> OpenWebChatAsync(bool webSocket, string locale)
    {
        var address = await fixture.WebChatPageAsync();
        var issued = await fixture.IssueWidgetTokenAsync();
        var context = await fixture.NewBrowserContextAsync();
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(context, page, fixture.Host.BaseAddress, output);
        chat.Log("browser context ready");
        await page.GotoAsync(address.ToString());
        chat.Log("page loaded");
        await page.EvaluateAsync("options => startChat(options)", new
        {
            token = issued.Token,
            domain = fixture.DirectLineDomain,
            webSocket,
            userID = issued.UserId,
            locale,
        });
        return chat;
    }
}
