using ConversationalCare.EndToEnd.Tests.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Widget;

/// <summary>The demo shop page in a fresh browser context (its own localStorage), with the widget's test hooks.</summary>
public sealed class ShopPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _console = [];
    private readonly List<string> _failures = [];

    private ShopPage(IBrowserContext context, IPage page, ITestOutputHelper output)
    {
        _context = context;
        _output = output;
        Page = page;
        page.Console += (_, message) => { lock (_console) _console.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (_failures) _failures.Add($"page error: {error}"); };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (_failures) _failures.Add($"{response.Request.Method} {response.Url}: HTTP {response.Status}");
        };
    }

    /// <summary>No request of the page got an error status and no script threw.</summary>
    public void AssertNoFailures()
    {
        lock (_failures) Assert.True(_failures.Count == 0, string.Join("\n", _failures));
    }

    public IPage Page { get; }
    public ILocator Root => Page.Locator("[data-testid=care-widget]");
    public ILocator Input => Page.Locator("[data-testid=input]");

    /// <param name="host">Another host than the fixture's (a Production install, say).</param>
    public static async Task<ShopPage> OpenAsync(EndToEndFixture fixture, ITestOutputHelper output, Uri? host = null)
    {
        var context = await fixture.NewBrowserContextAsync();
        var shop = new ShopPage(context, await context.NewPageAsync(), output);
        await shop.Page.GotoAsync((host ?? fixture.Host.BaseAddress).ToString());
        return shop;
    }

    /// <summary>The shop's 中文 button: the page and its chat widget switch to Chinese.</summary>
    public async Task ChooseChineseAsync()
    {
        var chinese = Page.Locator("[data-lang=zh-CN]");
        await chinese.ClickAsync();
        await Expect(chinese).ToHaveAttributeAsync("aria-pressed", "true");
    }

    public ILocator Messages(string role) => Page.Locator($"[data-testid=message][data-role={role}]");

    public async Task OpenChatAsync()
    {
        await Page.Locator("[data-testid=launcher]").ClickAsync();
        await Expect(Root).ToHaveAttributeAsync("data-open", "true");
    }

    public async Task AskAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
    }

    public Task ExpectBotSaysAsync(string fragment) =>
        Expect(Messages("bot").Filter(new LocatorFilterOptions { HasText = fragment }).First).ToBeVisibleAsync();

    /// <summary>A bot message drawn below the customer's message: the answer to it.</summary>
    public Task ExpectAnswerAfterAsync(string customerText) =>
        Expect(Page.Locator("[data-testid=message][data-role=user]").Filter(new LocatorFilterOptions { HasText = customerText })
            .Locator("xpath=following-sibling::*[@data-testid='message' and @data-role='bot']").First).ToBeVisibleAsync();

    /// <summary>The widget marks a message delivered once the host acknowledged it or echoed it back.</summary>
    public Task ExpectDeliveredAsync(string text) =>
        Expect(Messages("user").Filter(new LocatorFilterOptions { HasText = text })).ToHaveAttributeAsync("data-status", "delivered");

    /// <summary>The widget keeps its session in localStorage under "careWidget:{apiBase}:session".</summary>
    public async Task<string> ConversationIdAsync()
    {
        var id = await Page.EvaluateAsync<string?>("""
            () => {
              const key = Object.keys(localStorage).find(k => k.startsWith('careWidget:') && k.endsWith(':session'));
              return key ? JSON.parse(localStorage.getItem(key)).conversationId || null : null;
            }
            """);
        Assert.False(string.IsNullOrEmpty(id), "The widget stored no conversation id.");
        return id!;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_console) foreach (var line in _console) _output.WriteLine($"browser {line}");
        await _context.DisposeAsync();
    }
}
