using System.Net;
using System.Text.RegularExpressions;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>A browser-like client of the console: keeps cookies and signs in through the real sign-in form.</summary>
public sealed partial class ConsoleBrowser(BotHost host) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private HttpClient? _client;

    public HttpClient Http => _client ??= On(host);

    /// <summary>The same browser (its cookies) talking to another host, as a load balancer may send it.</summary>
    public HttpClient On(BotHost other) => new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
    {
        BaseAddress = other.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Posts the sign-in form; returns the response (302 to the console on success).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string returnUrl = "/console",
        TimeSpan delayBeforePost = default)
    {
        var form = await Http.GetStringAsync($"/console/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        // A person reading the page before pressing the button.
        if (delayBeforePost > TimeSpan.Zero) await Task.Delay(delayBeforePost);
        return await Http.PostAsync($"/console/signin?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "signin",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    public void Dispose() => _client?.Dispose();
}
