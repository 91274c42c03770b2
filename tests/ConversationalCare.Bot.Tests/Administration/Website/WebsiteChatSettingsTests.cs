using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration.Website;

/// <summary>An admin sets how the website chat looks and greets through /api/admin/website-chat; the widget gets it at once.</summary>
public class WebsiteChatSettingsTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private BotHost Host => shared.Host;

    private static object Settings(string brand = "Acme Lamps", string color = "#aa3300", object? origins = null) => new
    {
        brandName = brand,
        accentColor = color,
        languages = new Dictionary<string, object>
        {
            ["en"] = new { welcomeText = "Welcome to Acme!", starterQuestions = new[] { "Where is my parcel?", "How do I return an item?" } },
            ["zh"] = new { welcomeText = "欢迎光临 Acme！", starterQuestions = new[] { "我的快递到哪了？" } },
        },
        allowedOrigins = origins,
    };

    [Fact]
    public async Task The_widget_gets_the_brand_colour_and_greeting_the_admin_set_in_the_visitors_language()
    {
        using var admin = new AdminApi(Host);
        var saved = await admin.Http.PutAsJsonAsync("/api/admin/website-chat", Settings());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var visitor = Host.NewClient();
        var english = await visitor.GetAsync("/api/widget/settings?locale=en-US");
        Assert.Contains("max-age", english.Headers.CacheControl?.ToString());
        var en = await english.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Acme Lamps", en.GetProperty("brandName").GetString());
        Assert.Equal("#aa3300", en.GetProperty("accentColor").GetString());
        Assert.Equal("Welcome to Acme!", en.GetProperty("welcomeText").GetString());
        Assert.Equal(["Where is my parcel?", "How do I return an item?"], en.GetProperty("starterQuestions").EnumerateArray().Select(q => q.GetString()));
        var zh = await visitor.GetFromJsonAsync<JsonElement>("/api/widget/settings?locale=zh-CN");
        Assert.Equal("欢迎光临 Acme！", zh.GetProperty("welcomeText").GetString());
        Assert.Equal(["我的快递到哪了？"], zh.GetProperty("starterQuestions").EnumerateArray().Select(q => q.GetString()));

        var shown = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/website-chat");
        Assert.Equal("ada", shown.GetProperty("updatedBy").GetString());
        Assert.Contains($"src=\"{Host.BaseAddress.ToString().TrimEnd('/')}/widget/care-widget.js\"", shown.GetProperty("snippet").GetString());
        var audit = await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=website-chat.changed");
        Assert.Equal("ada", audit.EnumerateArray().First().GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Bad_settings_are_refused_with_the_reason_for_each_field()
    {
        using var admin = new AdminApi(Host);
        var response = await admin.Http.PutAsJsonAsync("/api/admin/website-chat", new
        {
            brandName = "",
            accentColor = "teal",
            languages = new Dictionary<string, object>
            {
                ["en"] = new { welcomeText = new string('w', 501), starterQuestions = Enumerable.Range(1, 7).Select(i => $"Question {i}?").ToArray() },
                ["zh"] = new { welcomeText = "你好", starterQuestions = new[] { new string('问', 121) } },
                ["fr"] = new { welcomeText = "Bonjour" },
            },
            allowedOrigins = new[] { "https://shop.example.com/path", "ftp://shop.example.com", "https://ok.example.com" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "brandName", "accentColor", "languages.en.welcomeText", "languages.en.starterQuestions", "languages.zh.starterQuestions", "languages.fr", "allowedOrigins" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task Origins_are_kept_as_plain_origins_and_null_goes_back_to_the_configured_list()
    {
        using var admin = new AdminApi(Host);
        var saved = await admin.Http.PutAsJsonAsync("/api/admin/website-chat", Settings(origins: new[] { "https://Shop.Example.com:443/", "http://localhost:8080" }));
        var chat = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["https://shop.example.com", "http://localhost:8080"], chat.GetProperty("effectiveAllowedOrigins").EnumerateArray().Select(o => o.GetString()));
        Assert.False(chat.GetProperty("originsFromConfiguration").GetBoolean());

        var reset = await (await admin.Http.PutAsJsonAsync("/api/admin/website-chat", Settings(origins: null))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(reset.GetProperty("originsFromConfiguration").GetBoolean());
        Assert.Equal(["*"], reset.GetProperty("effectiveAllowedOrigins").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Only_admins_reach_the_website_chat_and_secrets_API()
    {
        using var alice = AgentApiClient.Authorized(Host, "demo-token-alice");
        using var anonymous = Host.NewClient();
        foreach (var path in new[] { "/api/admin/website-chat", "/api/admin/directline-secrets" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PutAsJsonAsync("/api/admin/website-chat", Settings())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsJsonAsync("/api/admin/directline-secrets", new { name = "mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/admin/directline-secrets/abc")).StatusCode);
    }

    [Fact]
    public async Task The_admin_endpoints_are_in_the_openapi_document()
    {
        using var http = Host.NewClient();
        var document = await http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/admin/website-chat", "/api/admin/directline-secrets", "/api/admin/directline-secrets/{id}", "/api/widget/settings" })
            Assert.Contains($"\"{path}\"", document);
    }
}
