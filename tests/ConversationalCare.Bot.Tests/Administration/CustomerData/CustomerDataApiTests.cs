using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using static ConversationalCare.Bot.Tests.Administration.CustomerData.CustomerDataScenario;

namespace ConversationalCare.Bot.Tests.Administration.CustomerData;

/// <summary>Finding, exporting and erasing a customer through the admin API on the real host.</summary>
public class CustomerDataApiTests
{
    [Fact]
    public async Task A_customer_found_by_the_email_they_wrote_is_exported_with_their_messages_and_the_export_is_audited()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var admin = Admin(host);
        var chat = await TalkToAliceAsync(host, http, alice);

        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?email={Uri.EscapeDataString(Email.ToUpperInvariant())}");
        var lookalike = await admin.GetFromJsonAsync<JsonElement>("/api/admin/customers?email=doe@example.com");
        var byChannel = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?channel=directline&channelUserId={Uri.EscapeDataString(chat.UserId)}");
        var customer = Assert.Single(found.EnumerateArray());
        var id = customer.GetProperty("id").GetString()!;
        using var response = await admin.GetAsync($"/api/admin/customers/{id}/export");
        var export = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(export).RootElement;

        Assert.Equal("email in a message", customer.GetProperty("matchedBy").GetString());
        Assert.Equal(chat.ConversationId, Assert.Single(customer.GetProperty("conversations").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(lookalike.EnumerateArray());
        Assert.Equal(id, Assert.Single(byChannel.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Name, document.GetProperty("customer").GetProperty("name").GetString());
        var conversation = Assert.Single(document.GetProperty("conversations").EnumerateArray());
        Assert.Contains(conversation.GetProperty("activities").EnumerateArray(), a => a.GetProperty("text").GetString()?.Contains(Email) == true);
        Assert.Contains($"Call me on {Phone}", export);
        Assert.Contains($"Jane wants a call on {Phone}", export);
        Assert.Equal("passport-jane.png", Assert.Single(conversation.GetProperty("attachments").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(2, Assert.Single(conversation.GetProperty("handoffs").EnumerateArray()).GetProperty("csatScore").GetInt32());
        var audit = Assert.Single((await AuditAsync(admin, "customer.exported")).EnumerateArray());
        Assert.Equal(("ada", id), (audit.GetProperty("actor").GetString(), audit.GetProperty("subject").GetString()));
        Assert.DoesNotContain("jane", audit.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasing_a_customer_removes_them_and_their_figures_and_leaves_other_customers_alone()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        using var admin = Admin(host);
        var other = await DirectLineChat.StartAsync(http);
        await other.Send("How do I return a lamp?");
        await other.ExpectBotMessage(_ => true, "any answer");
        var chat = await TalkToAliceAsync(host, http, alice);
        // The supervisor's cached figures count both before the erasure, so the cache must let go of one.
        Assert.Equal(2, (await sam.GetFromJsonAsync<JsonElement>("/api/reports/kpis")).GetProperty("overall").GetProperty("conversations").GetInt32());
        var id = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?channelUserId={Uri.EscapeDataString(chat.UserId)}"))[0].GetProperty("id").GetString();

        using var erased = await admin.DeleteAsync($"/api/admin/customers/{id}");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(1, (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversations").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync(chat.ConversationId)).StatusCode);
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?email={Email}")).EnumerateArray());
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?channelUserId={Uri.EscapeDataString(chat.UserId)}")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/customers/{id}/export")).StatusCode);
        Assert.Equal("", await EverythingStoredAboutAsync(host, chat.ConversationId));
        Assert.Equal(0, await ReadAsync(host, db => db.HandoffEvents.CountAsync(e => e.ConversationId == chat.ConversationId)));
        Assert.Equal(1, (await sam.GetFromJsonAsync<JsonElement>("/api/reports/kpis")).GetProperty("overall").GetProperty("conversations").GetInt32());
        Assert.Contains("return a lamp", await EverythingStoredAboutAsync(host, other.ConversationId));
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers?channelUserId={Uri.EscapeDataString(other.UserId)}")).EnumerateArray());
        var audit = Assert.Single((await AuditAsync(admin, "customer.erased")).EnumerateArray());
        Assert.Equal(id, audit.GetProperty("subject").GetString());
        Assert.DoesNotContain("jane", audit.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Customer_data_is_for_admins_only()
    {
        using var host = new BotHost();
        using var anonymous = host.NewClient();
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        using var alice = AgentApiClient.Authorized(host, "demo-token-alice");
        var id = Guid.NewGuid();
        var requests = new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.GetAsync($"/api/admin/customers?email={Email}"),
            c => c.GetAsync($"/api/admin/customers/{id}"),
            c => c.GetAsync($"/api/admin/customers/{id}/export"),
            c => c.DeleteAsync($"/api/admin/customers/{id}"),
            c => c.GetAsync("/api/admin/retention"),
            c => c.PutAsJsonAsync("/api/admin/retention", new { days = 1 }),
            c => c.PostAsync("/api/admin/retention/run", null),
        };

        foreach (var request in requests)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await request(anonymous)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await request(sam)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await request(alice)).StatusCode);
        }
    }

    [Theory]
    [InlineData("GET", "/api/admin/customers/not-a-guid/export", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/api/admin/customers/12345", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/admin/customers/3f2504e0-4f89-11d3-9a0c-0305e82c3301", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/admin/customers/3f2504e0-4f89-11d3-9a0c-0305e82c3301/export", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/admin/customers/3f2504e0-4f89-11d3-9a0c-0305e82c3301", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/admin/customers", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/admin/customers?email=not-an-email", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/admin/customers?email=a@example.com&channelUserId=x", HttpStatusCode.BadRequest)]
    public async Task Malformed_ids_unknown_customers_and_unclear_lookups_are_problem_details(string method, string path, HttpStatusCode expected)
    {
        using var host = new BotHost();
        using var admin = Admin(host);

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await AuditAsync(admin, "customer.")).EnumerateArray());
    }
}
