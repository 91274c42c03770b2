using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Channels.DirectLine;

/// <summary>Every bad request gets Direct Line's error body with the documented status, and loses nothing stored.</summary>
public class DirectLineRefusalTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private readonly HttpClient _http = shared.Host.NewClient();

    [Fact]
    public async Task Malformed_json_is_refused_with_400_and_nothing_stored_is_lost()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.Ask("hello");
        var before = await CountStored(chat);

        var response = await PostRaw(chat, chat.Token, "{\"type\":\"message\",\"text\":");

        await AssertError(response, HttpStatusCode.BadRequest, "BadSyntax");
        Assert.Equal(before, await CountStored(chat));
    }

    [Fact]
    public async Task An_activity_without_a_type_is_refused_with_400()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var response = await PostRaw(chat, chat.Token, """{"text":"no type","from":{"id":"u"}}""");

        await AssertError(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_and_nothing_stored_is_lost()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.Ask("hello");
        var before = await CountStored(chat);

        var response = await PostRaw(chat, chat.Token, JsonSerializer.Serialize(new { type = "message", text = new string('x', 300_000) }));

        await AssertError(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal(before, await CountStored(chat));
    }

    [Fact]
    public async Task A_request_without_credentials_is_refused_with_401()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var response = await _http.GetAsync($"/v3/directline/conversations/{chat.ConversationId}/activities");

        await AssertError(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task A_forged_token_is_refused_with_403()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        var forged = chat.Token[..^4] + (chat.Token.EndsWith("AAAA") ? "BBBB" : "AAAA");

        var response = await PostRaw(chat, forged, """{"type":"message","text":"hi","from":{"id":"u"}}""");

        await AssertError(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Another_conversations_token_cannot_read_or_write_this_one()
    {
        var mine = await DirectLineChat.StartAsync(_http);
        var theirs = await DirectLineChat.StartAsync(_http);
        await theirs.Send("my address is 1 Secret Lane");

        using var read = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        var readResponse = await _http.SendAsync(read);
        var writeResponse = await PostRaw(theirs, mine.Token, """{"type":"message","text":"hi","from":{"id":"u"}}""");
        using var reconnect = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}", mine.Token);
        var reconnectResponse = await _http.SendAsync(reconnect);

        await AssertError(readResponse, HttpStatusCode.Forbidden, "Forbidden");
        await AssertError(writeResponse, HttpStatusCode.Forbidden, "Forbidden");
        await AssertError(reconnectResponse, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        using var read = DirectLineChat.Authorized(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation/activities", BotHost.TestSecret);

        var response = await _http.SendAsync(read);

        await AssertError(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task A_watermark_we_never_issued_is_400()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        using var read = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities?watermark=abc", chat.Token);

        var response = await _http.SendAsync(read);

        await AssertError(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task A_token_cannot_generate_tokens()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        using var generate = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", chat.Token);

        var response = await _http.SendAsync(generate);

        await AssertError(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Browsers_on_other_origins_pass_the_cors_preflight()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://shop.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        var response = await _http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, $"preflight returned {response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-ms-bot-agent", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    internal static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetProperty("message").GetString()));
    }

    private Task<HttpResponseMessage> PostRaw(DirectLineChat chat, string credential, string json)
    {
        var request = DirectLineChat.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", credential);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return _http.SendAsync(request);
    }

    private async Task<int> CountStored(DirectLineChat chat)
    {
        using var read = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        using var response = await _http.SendAsync(read);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").GetArrayLength();
    }
}
