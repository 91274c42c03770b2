using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Channels.BotConnector;

public class BotConnectorChannelTests
{
    private static string ChannelMessage(string serviceUrl, string text, string id = "act-1", string conversationId = "a:conv;messageid=1") =>
        JsonSerializer.Serialize(new
        {
            type = "message", id, text, locale = "en-US", channelId = "emulator", serviceUrl,
            timestamp = DateTimeOffset.UtcNow,
            from = new { id = "user-7", name = "Sam" },
            recipient = new { id = "bot-1", name = "Lumen" },
            conversation = new { id = conversationId },
            channelData = new { clientActivityID = "c1" },
        });

    private static async Task<HttpResponseMessage> Post(HttpClient http, string body, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_local_channel_without_app_id_gets_the_reply_posted_back_to_its_service_url()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHost();
        using var http = host.NewClient();

        var response = await Post(http, ChannelMessage(channel.ServiceUrl, "hello", id: "act-42"));
        var reply = await channel.ExpectReply(a => a.Type == "message");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("act-42", reply.ReplyToId);
        Assert.Equal("user-7", reply.Recipient!.Id);
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("a:conv;messageid=1", reply.Conversation!.Id);
        Assert.Null(reply.Timestamp);
        var path = channel.Received.First(r => r.Activity.Type == "message").Path;
        Assert.Equal("/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities/act-42", path);
    }

    [Fact]
    public async Task A_reply_is_retried_when_the_channel_is_briefly_unavailable()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHost();
        using var http = host.NewClient();
        channel.FailNext(2);

        await Post(http, ChannelMessage(channel.ServiceUrl, "hello"));

        await channel.ExpectReply(a => a.Type == "message");
    }

    [Fact]
    public async Task With_an_app_id_a_valid_channel_token_is_required()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHost(new()
        {
            ["ConversationalCare:BotConnector:AppId"] = "app-123",
            ["ConversationalCare:BotConnector:OpenIdMetadataUrl"] = channel.MetadataUrl,
        });
        using var http = host.NewClient();
        var body = ChannelMessage(channel.ServiceUrl, "hello");

        var anonymous = await Post(http, body);
        var wrongAudience = await Post(http, body, channel.MintToken("someone-else"));
        var wrongServiceUrl = await Post(http, body, channel.MintToken("app-123", serviceUrl: "https://evil.example.com/"));
        var valid = await Post(http, body, channel.MintToken("app-123"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongServiceUrl.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        await channel.ExpectReply(a => a.Type == "message");
    }

    [Fact]
    public async Task An_activity_without_a_service_url_is_refused_with_a_reason()
    {
        using var host = new BotHost();
        using var http = host.NewClient();

        var response = await Post(http, """{"type":"message","text":"hi","channelId":"emulator","conversation":{"id":"c"},"from":{"id":"u"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync());
    }
}
