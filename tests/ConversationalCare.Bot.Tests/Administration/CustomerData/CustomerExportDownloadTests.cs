using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConversationalCare.Bot.Tests.Hosting;
using static ConversationalCare.Bot.Tests.Administration.CustomerData.CustomerDataScenario;

namespace ConversationalCare.Bot.Tests.Administration.CustomerData;

/// <summary>The Customer data page's export link: a download under the console's sign-in cookie, for admins only.</summary>
public class CustomerExportDownloadTests
{
    [Fact]
    public async Task An_admin_signed_in_to_the_console_downloads_the_same_document_as_the_api_and_it_is_audited()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var admin = Admin(host);
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send($"My email is {Email}");
        await chat.ExpectBotMessage(_ => true, "any answer");
        await SettledAsync(host, chat.ConversationId);
        var id = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?email={Email}"))[0].GetProperty("id").GetString();
        using var ada = new ConsoleBrowser(host);
        await ada.SignInAsync("ada", "Ada-demo-1");

        using var download = await ada.Http.GetAsync($"/console/admin/customers/{id}/export");
        var fromApi = await admin.GetStringAsync($"/api/admin/customers/{id}/export");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"customer-{id}.json", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var fromConsole = await download.Content.ReadAsStringAsync();
        Assert.Contains(Email, fromConsole);
        Assert.True(JsonNode.DeepEquals(WithoutExportTime(fromApi), WithoutExportTime(fromConsole)), "The console's download differs from the API's export.");
        var audit = (await AuditAsync(admin, "customer.exported")).EnumerateArray().ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, entry => Assert.Equal(("ada", id), (entry.GetProperty("actor").GetString(), entry.GetProperty("subject").GetString())));
    }

    [Fact]
    public async Task The_download_sends_strangers_to_sign_in_and_refuses_agents_and_bearer_tokens()
    {
        using var host = new BotHost();
        var path = $"/console/admin/customers/{Guid.NewGuid()}/export";
        using var stranger = new ConsoleBrowser(host);
        using var alice = new ConsoleBrowser(host);
        await alice.SignInAsync("alice", "Alice-demo-1");
        using var adminToken = Admin(host);

        using var anonymous = await stranger.Http.GetAsync(path);
        using var agent = await alice.Http.GetAsync(path);
        using var bearer = await adminToken.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/console/signin", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, agent.StatusCode);
        Assert.Contains("denied", agent.Headers.Location!.ToString());
        // The API's token is not the console's sign-in: the download answers only to the cookie (this client follows the redirect).
        Assert.StartsWith("/console/signin", bearer.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static JsonNode? WithoutExportTime(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("exportedAt");
        return document;
    }
}
