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

    public static async Task<ConsolePage> SignInAsync(EndToEndFixture fixture, string userName, string password)
    {
        var context = await fixture.NewBrowserContextAsync();
        var console = new ConsolePage(context, await context.NewPageAsync());
        await console.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console").ToString());
        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/signin"));
        await console.Page.Locator("[data-testid=signin-user]").FillAsync(userName);
        await console.Page.Locator("[data-testid=signin-password]").FillAsync(password);
        await console.Page.Locator("[data-testid=signin-submit]").ClickAsync();
        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console$"));
        return console;
    }

    public ILocator HandoffRow(string conversationId) => Page.Locator($"[data-testid=handoff-row][data-conversation-id='{conversationId}']");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
