using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.WebChat;

/// <summary>One Web Chat on one page, with what the browser sent over the network recorded for assertions.</summary>
public sealed class WebChatPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _sockets = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _console = [];
    private readonly List<string> _failures = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public WebChatPage(IBrowserContext context, IPage page, Uri botHost, ITestOutputHelper output)
    {
        _context = context;
        _output = output;
        Page = page;
        var host = botHost.GetLeftPart(UriPartial.Authority);
        page.WebSocket += (_, socket) => { lock (_sockets) _sockets.Add(socket.Url); };
        page.Request += (_, request) => { lock (_requests) _requests.Add($"{request.Method} {request.Url}"); };
        page.Console += (_, message) => { lock (_console) _console.Add($"{message.Type}: {message.Text}"); };
        page.Request += (_, request) => { if (request.Url.StartsWith(host, StringComparison.Ordinal)) Log($"{request.Method} {request.Url}"); };
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith(host, StringComparison.Ordinal)) lock (_failures) _failures.Add($"{request.Method} {request.Url}: {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(host, StringComparison.Ordinal) && response.Status >= 400)
                lock (_failures) _failures.Add($"{response.Request.Method} {response.Url}: HTTP {response.Status}");
        };
    }

    /// <summary>Every call Web Chat made to the bot host, preflights included, got a successful answer.</summary>
    public IReadOnlyList<string> HostFailures { get { lock (_failures) return [.. _failures]; } }

    public IPage Page { get; }

    public IReadOnlyList<string> Sockets { get { lock (_sockets) return [.. _sockets]; } }

    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }

    /// <summary>Types into Web Chat's send box and presses Enter, as a customer would.</summary>
    public async Task SendAsync(string text)
    {
        var sendBox = Page.Locator("input[data-id='webchat-sendbox-input'], [data-id='webchat-sendbox-input'] textarea").First;
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        Log($"sent \"{text}\"");
    }

    public async Task ExpectBotSaysAsync(string fragment)
    {
        var botBubbles = Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        try
        {
            await Expect(botBubbles.Filter(new LocatorFilterOptions { HasText = fragment }).First).ToBeVisibleAsync();
            Log($"bot said \"{fragment}\"");
        }
        catch (PlaywrightException exception)
        {
            throw new Xunit.Sdk.XunitException($"Web Chat never showed a bot message containing \"{fragment}\". {await DiagnosticsAsync()}\n{exception.Message}");
        }
    }

    /// <summary>
    /// Web Chat marks its own message "sent" only when the echo (same clientActivityID, with a server id) comes back;
    /// without it the message turns "send failed" after 20 s. Checked in Web Chat's store and on screen.
    /// </summary>
    public async Task ExpectSentAsync(string text)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "text => transcript().some(a => a.role === 'user' && a.text === text && a.id && a.sendStatus === 'sent')",
                text, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Web Chat never marked \"{text}\" as sent. {await DiagnosticsAsync()}");
        }
        await Expect(Page.Locator(".webchat__bubble--from-user").Filter(new LocatorFilterOptions { HasText = text })).ToHaveCountAsync(1);
        await Expect(Page.GetByText("Send failed")).ToHaveCountAsync(0);
    }

    /// <summary>A timeline in the test output, so a slow step is visible.</summary>
    public void Log(string line) => _output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.000}s {line}");

    private async Task<string> DiagnosticsAsync()
    {
        var transcript = await Page.EvaluateAsync<JsonElement>("() => window.store ? transcript() : null");
        var statuses = await Page.EvaluateAsync<JsonElement>("() => window.directLineStatuses");
        List<string> console;
        lock (_console) console = [.. _console];
        return $"Web Chat store: {transcript}\nDirectLineJS statuses: {statuses}\nbrowser console: {string.Join("\n", console)}\nrequests: {string.Join("\n", Requests)}";
    }

    public async ValueTask DisposeAsync()
    {
        lock (_console) foreach (var line in _console) _output.WriteLine($"browser {line}");
        await _context.DisposeAsync();
    }
}
