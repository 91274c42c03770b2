using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Administration;

/// <summary>An admin runs the desk's canned replies through /api/admin/canned-replies; every change is audited.</summary>
public class CannedReplyApiTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private const string Route = "/api/admin/canned-replies";

    private BotHost Host => shared.Host;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<JsonElement[]> AuditAsync(AdminApi admin, string action, string id) =>
        [.. (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/admin/audit?action={action}&subject={id}")).EnumerateArray()];

    /// <summary>The reply as the audit entry recorded it (JSON text in the entry).</summary>
    private static JsonElement Recorded(JsonElement entry, string side) => JsonDocument.Parse(entry.GetProperty(side).GetString()!).RootElement;

    [Fact]
    public async Task An_admin_creates_lists_edits_and_deletes_a_reply_and_each_change_is_audited()
    {
        await TestTeams.EnsureAsync(Host, "billing");
        using var admin = new AdminApi(Host);

        var created = await admin.Http.PostAsJsonAsync(Route, new { team = "Billing", language = "EN", name = " invoice copy ", text = "I'll send a copy of your invoice, {customerName}." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reply = await Json(created);
        var id = reply.GetProperty("id").GetString()!;
        Assert.Equal($"{Route}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("billing", "en", "invoice copy", "ada"), (reply.GetProperty("team").GetString(), reply.GetProperty("language").GetString(),
            reply.GetProperty("name").GetString(), reply.GetProperty("updatedBy").GetString()));

        var billing = await admin.Http.GetFromJsonAsync<JsonElement>($"{Route}?team=billing&language=en");
        Assert.Equal(["invoice copy"], billing.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var everyone = await admin.Http.GetFromJsonAsync<JsonElement>($"{Route}?team=everyone");
        Assert.DoesNotContain(everyone.EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        var edited = await admin.Http.PutAsJsonAsync($"{Route}/{id}", new { language = "zh-cn", name = "发票", text = "{customerName}，我把发票副本发给您。" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Json(edited)).GetProperty("team").ValueKind);
        var read = await admin.Http.GetFromJsonAsync<JsonElement>($"{Route}/{id}");
        Assert.Equal(("zh-CN", "发票"), (read.GetProperty("language").GetString(), read.GetProperty("name").GetString()));
        var chinese = await admin.Http.GetFromJsonAsync<JsonElement>($"{Route}?language=zh");
        Assert.Contains(chinese.EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync($"{Route}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"{Route}/{id}")).StatusCode);

        var creation = Assert.Single(await AuditAsync(admin, "canned-reply.created", id));
        Assert.Equal("ada", creation.GetProperty("actor").GetString());
        var changed = Assert.Single(await AuditAsync(admin, "canned-reply.changed", id));
        Assert.Equal("invoice copy", Recorded(changed, "before").GetProperty("name").GetString());
        Assert.Equal("发票", Recorded(changed, "after").GetProperty("name").GetString());
        var deleted = Assert.Single(await AuditAsync(admin, "canned-reply.deleted", id));
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("after").ValueKind);
    }

    [Fact]
    public async Task Bad_replies_are_refused_with_the_reason_for_each_field()
    {
        using var admin = new AdminApi(Host);

        var response = await admin.Http.PostAsJsonAsync(Route, new { team = "no-such-team", language = "English!", name = new string('n', 129), text = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        foreach (var field in new[] { "team", "language", "name", "text" }) Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.Contains("no-such-team", errors.GetProperty("team")[0].GetString());

        var tooLong = await admin.Http.PostAsJsonAsync(Route, new { language = "en", name = "essay", text = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await Json(tooLong)).GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task A_name_is_used_once_per_team_and_language()
    {
        using var admin = new AdminApi(Host);
        var first = await admin.Http.PostAsJsonAsync(Route, new { language = "en", name = "Parcel lost", text = "I'm sorry your parcel is lost." });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var again = await admin.Http.PostAsJsonAsync(Route, new { language = "en", name = "parcel lost", text = "Another text." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var inChinese = await admin.Http.PostAsJsonAsync(Route, new { language = "zh", name = "parcel lost", text = "很抱歉您的包裹丢失了。" });
        Assert.Equal(HttpStatusCode.Created, inChinese.StatusCode);

        var renamed = await admin.Http.PutAsJsonAsync($"{Route}/{(await Json(inChinese)).GetProperty("id").GetString()}",
            new { language = "en", name = "Parcel Lost", text = "Sorry." });
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.PutAsJsonAsync($"{Route}/{Guid.NewGuid()}", new { language = "en", name = "x", text = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.DeleteAsync($"{Route}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_reach_canned_replies()
    {
        using var alice = AgentApiClient.Authorized(Host, "demo-token-alice");
        using var anonymous = Host.NewClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync(Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsJsonAsync(Route, new { language = "en", name = "sneaky", text = "Hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"{Route}/{Guid.NewGuid()}")).StatusCode);
    }
}
