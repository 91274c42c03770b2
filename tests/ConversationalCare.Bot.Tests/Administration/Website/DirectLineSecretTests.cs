using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Channels.DirectLine;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration.Website;

/// <summary>Secrets an admin creates work for Direct Line like the configured one, are shown once, and stop when revoked.</summary>
public class DirectLineSecretTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private BotHost Host => shared.Host;

    [Fact]
    public async Task A_created_secret_mints_tokens_and_starts_conversations_until_it_is_revoked()
    {
        using var admin = new AdminApi(Host);
        var (id, secret) = await CreateAsync(admin, "Shop backend");
        using var http = Host.NewClient();

        var token = await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", secret));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var minted = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var started = await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", secret));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.DeleteAsync($"/api/admin/directline-secrets/{id}")).StatusCode);

        await DirectLineRefusalTests.AssertError(await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", secret)),
            HttpStatusCode.Forbidden, "Forbidden");
        await DirectLineRefusalTests.AssertError(await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", secret)),
            HttpStatusCode.Forbidden, "Forbidden");
        // Tokens already handed out run their course, as with the real service.
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", minted))).StatusCode);
    }

    [Fact]
    public async Task Two_secrets_work_side_by_side_while_one_rotates_and_the_configured_secret_keeps_working()
    {
        using var admin = new AdminApi(Host);
        var (oldId, oldSecret) = await CreateAsync(admin, "Shop 2025");
        var (_, newSecret) = await CreateAsync(admin, "Shop 2026");
        using var http = Host.NewClient();

        foreach (var secret in new[] { oldSecret, newSecret, BotHost.TestSecret })
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", secret))).StatusCode);
        await admin.Http.DeleteAsync($"/api/admin/directline-secrets/{oldId}");

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", oldSecret))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", newSecret))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", BotHost.TestSecret))).StatusCode);
    }

    [Fact]
    public async Task A_secret_is_shown_once_and_listed_only_by_name_and_last_four_characters()
    {
        using var admin = new AdminApi(Host);
        var (id, secret) = await CreateAsync(admin, "Partner backend");
        Assert.True(secret.Length >= 43, "at least 32 random bytes, base64url");
        Assert.Matches("^[A-Za-z0-9_-]+$", secret);

        var listed = await admin.Http.GetStringAsync("/api/admin/directline-secrets");
        var audit = await admin.Http.GetStringAsync("/api/admin/audit?action=directline-secret");
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(secret, audit);
        var entry = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        Assert.Equal("Partner backend", entry.GetProperty("name").GetString());
        Assert.Equal(secret[^4..], entry.GetProperty("lastFour").GetString());
        Assert.Equal("ada", entry.GetProperty("createdBy").GetString());
        Assert.True(entry.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_secret_needs_a_name_and_revoking_an_unknown_secret_is_404()
    {
        using var admin = new AdminApi(Host);
        var unnamed = await admin.Http.PostAsJsonAsync("/api/admin/directline-secrets", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.True((await unnamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
        var tooLong = await admin.Http.PostAsJsonAsync("/api/admin/directline-secrets", new { name = new string('n', 61) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var unknown = await admin.Http.DeleteAsync("/api/admin/directline-secrets/nope");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_secret_revoked_on_one_host_is_refused_by_another_host_on_the_same_database_within_seconds()
    {
        using var admin = new AdminApi(Host);
        var (id, secret) = await CreateAsync(admin, "Rotating backend");
        using var second = new BotHost(dataDirectory: Host.DataDirectory);
        using var http = second.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", secret))).StatusCode);

        await admin.Http.DeleteAsync($"/api/admin/directline-secrets/{id}");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(8);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            status = (await http.SendAsync(DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", secret))).StatusCode;
        } while (status != HttpStatusCode.Forbidden && DateTimeOffset.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private static async Task<(string Id, string Secret)> CreateAsync(AdminApi admin, string name)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/admin/directline-secrets", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("secret").GetProperty("id").GetString()!, body.GetProperty("value").GetString()!);
    }
}
