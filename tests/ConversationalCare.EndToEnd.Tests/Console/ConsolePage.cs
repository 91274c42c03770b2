using System.Text.RegularExpressions;
using ConversationalCare.EndToEnd.Tests.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>The handoff console in its own browser context, signed in through the real sign-in form.</summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _host;
    private readonly string _path;

    private ConsolePage(IBrowserContext context, IPage page, Uri host, string path)
    {
        _context = context;
        Page = page;
        _host = host;
        _path = path;
    }

    public IPage Page { get; }

    public ILocator UserName => Page.Locator("[data-testid=signin-user]");
    public ILocator Password => Page.Locator("[data-testid=signin-password]");
    public ILocator SignInButton => Page.Locator("[data-testid=signin-submit]");

    /// <summary>Opens a console page signed out, which lands on the sign-in page that returns there.</summary>
    /// <param name="host">Another host than the fixture's (a Production install, say).</param>
    /// <param name="path">The page to sign in to; the inbox unless said otherwise.</param>
    public static async Task<ConsolePage> OpenAsync(EndToEndFixture fixture, ViewportSize? viewport = null, Uri? host = null, string path = "/console")
    {
        var context = await fixture.NewBrowserContextAsync(viewport);
        var console = new ConsolePage(context, await context.NewPageAsync(), host ?? fixture.Host.BaseAddress, path);
        await console.Page.GotoAsync(new Uri(console._host, path).ToString());
        await Expect(console.Page).ToHaveURLAsync(new Regex("/console/signin"));
        return console;
    }

    public static async Task<ConsolePage> SignInAsync(EndToEndFixture fixture, string userName, string password)
    {
        var console = await OpenAsync(fixture);
        await console.SignInAsAsync(userName, password);
        return console;
    }

    /// <summary>Fills the sign-in form on the open sign-in page and waits for the page it was opened at.</summary>
    public async Task SignInAsAsync(string userName, string password)
    {
        await FillSignInAsync(userName, password);
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(_path) + "$"));
    }

    /// <summary>Fills and submits the sign-in form, for a test that expects something other than getting in.</summary>
    public async Task FillSignInAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }

    /// <summary>Opens a console page by address and waits until its circuit runs it, so clicks and typing count.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(new Uri(_host, path).ToString());
        await WhenLiveAsync();
    }

    /// <summary>A prerendered page shows its buttons before the circuit is up; a click then does nothing.</summary>
    public Task WhenLiveAsync() => Expect(Page.Locator("main[data-circuit=live]")).ToBeAttachedAsync();

    public Task ScreenshotAsync(string fileName) => Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor(fileName), FullPage = true });

    public ILocator HandoffRow(string conversationId) => Page.Locator($"[data-testid=handoff-row][data-conversation-id='{conversationId}']");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
