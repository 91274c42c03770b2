using System.Text.RegularExpressions;
using ConversationalCare.EndToEnd.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>The handoff console in its own browser context, signed in through the real sign-in form.</summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private ConsolePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator UserName => Page.Locator("[data-testid=signin-user]");
    public ILocator Password => Page.Locator("[data-testid=signin-password]");
    public ILocator SignInButton => Page.Locator("[data-testid=signin-submit]");

    /// <summary>Opens the console signed out, which lands on the sign-in page.</summary>
    public static async Task<ConsolePage> OpenAsync(EndToEndFixture fixture, ViewportSize? viewport = null)
    {
        var context = await fixture.NewBrowserContextAsync(viewport);
        var console = new ConsolePage(context, await context.NewPageAsync());
        await console.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console").ToString());
        await Expect(console.Page).ToHaveURLAsync(new Regex("/console/signin"));
        return console;
    }

    public static async Task<ConsolePage> SignInAsync(EndToEndFixture fixture, string userName, string password)
    {
        var console = await OpenAsync(fixture);
        await console.SignInAsAsync(userName, password);
        return console;
    }

    /// <summary>Fills the sign-in form on the open sign-in page and waits for the inbox.</summary>
    public async Task SignInAsAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/console$"));
    }

    public ILocator HandoffRow(string conversationId) => Page.Locator($"[data-testid=handoff-row][data-conversation-id='{conversationId}']");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
