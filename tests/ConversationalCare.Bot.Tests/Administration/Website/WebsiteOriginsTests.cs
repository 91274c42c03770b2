using System.Net;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration.Website;

/// <summary>Which sites may embed the chat follows the admin's list, for Direct Line and the widget alike, without a restart.</summary>
public sealed class WebsiteOriginsTests : IDisposable
{
    // Its own host: changing the origins would refuse other classes' cross-origin calls.
    private readonly BotHost _host = new();

    [Fact]
    public async Task After_the_admin_lists_origins_only_those_sites_pass_the_cors_preflight()
    {
        using var http = _host.NewClient();
        Assert.Equal("*", await AllowedOriginAsync(http, "/v3/directline/conversations", "https://elsewhere.example"));

        using var admin = new AdminApi(_host);
        var saved = await admin.Http.PutAsJsonAsync("/api/admin/website-chat", new
        {
            brandName = "Lumen & Co", accentColor = "#1f5f54", allowedOrigins = new[] { "https://shop.example.com" },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        foreach (var path in new[] { "/v3/directline/conversations", "/api/widget/token", "/api/widget/settings" })
        {
            Assert.Equal("https://shop.example.com", await AllowedOriginAsync(http, path, "https://shop.example.com"));
            Assert.Null(await AllowedOriginAsync(http, path, "https://elsewhere.example"));
        }
    }

    /// <summary>The Access-Control-Allow-Origin a browser would get on its preflight; null when refused.</summary>
    private static async Task<string?> AllowedOriginAsync(HttpClient http, string path, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", path.EndsWith("settings") ? "GET" : "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        using var response = await http.SendAsync(preflight);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    public void Dispose() => _host.Dispose();
}
