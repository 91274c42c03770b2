using System.Net.Http.Headers;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Microsoft.Playwright;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// One real host, one browser and one Web Chat page server per test class, each started on first use only,
/// so a skipped class starts nothing and a missing prerequisite fails where it is needed.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    // The default of 60 new conversations a minute per address is for the internet, not for a test run on loopback.
    private static readonly Dictionary<string, string?> HostSettings = new()
    {
        ["ConversationalCare:DirectLine:ConversationsPerMinute"] = "10000",
        ["ConversationalCare:DirectLine:ActivitiesPerMinute"] = "10000",
        // Keeps the test log readable; warnings and errors from the host still show.
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly Lazy<BotHost> _host = new(() => new BotHost(HostSettings));
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebChatSite? _webChatSite;

    public BotHost Host => _host.Value;

    /// <summary>The Direct Line domain as DirectLineJS wants it: with the /v3/directline suffix.</summary>
    public string DirectLineDomain => new Uri(Host.BaseAddress, "v3/directline").ToString();

    /// <summary>What our widget does first: a token bound to one new conversation, with the user in its claims.</summary>
    public async Task<IssuedToken> IssueWidgetTokenAsync()
    {
        using var http = Host.NewClient();
        using var response = await http.PostAsJsonAsync("/api/widget/token", new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IssuedToken>())!;
    }

    /// <summary>What a website's backend does with the secret: POST /v3/directline/tokens/generate.</summary>
    public async Task<IssuedToken> GenerateTokenWithSecretAsync(string userId)
    {
        using var http = Host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotHost.TestSecret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IssuedToken>())! with { UserId = userId };
    }

    /// <summary>A fresh browser context (own cookies and storage) in the class's one Chromium.</summary>
    /// <param name="viewport">A screen size to test a layout at; Playwright's 1280×720 otherwise.</param>
    public async Task<IBrowserContext> NewBrowserContextAsync(ViewportSize? viewport = null)
    {
        var browser = await BrowserAsync();
        var options = new BrowserNewContextOptions { Locale = "en-US" };
        if (viewport is not null) options.ViewportSize = viewport;
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task<Uri> WebChatPageAsync()
    {
        EndToEndEnvironment.EnsureAvailable(Requires.WebChat);
        await _starting.WaitAsync();
        try
        {
            _webChatSite ??= await WebChatSite.StartAsync();
            return _webChatSite.PageAddress;
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync()
    {
        EndToEndEnvironment.EnsureAvailable(Requires.Chromium);
        await _starting.WaitAsync();
        try
        {
            if (_browser is not null) return _browser;
            // Debian's Chromium only: Playwright's own browser download must never happen.
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = EndToEndEnvironment.ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run",
                ],
            });
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_webChatSite is not null) await _webChatSite.DisposeAsync();
        if (_host.IsValueCreated) _host.Value.Dispose();
        _starting.Dispose();
    }
}

/// <summary>The body of /api/widget/token and /tokens/generate (which has no userId).</summary>
public sealed record IssuedToken(
    [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
    [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("userId")] string? UserId);
