using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Channels.DirectLine;

public class DirectLineConversationTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private readonly HttpClient _http = shared.Host.NewClient();

    [Fact]
    public async Task Greets_a_new_customer_in_english()
    {
        var chat = await DirectLineChat.StartAsync(_http, "en-US");

        await chat.ExpectReplyContaining("Lumen & Co assistant");
    }

    [Fact]
    public async Task Greets_a_new_customer_in_chinese_when_the_page_is_chinese()
    {
        var chat = await DirectLineChat.StartAsync(_http, "zh-CN");

        await chat.ExpectReplyContaining("您好");
    }

    [Fact]
    public async Task Echoes_the_customers_own_message_with_its_client_activity_id()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var id = await chat.Send("hello there");
        await chat.ExpectReplyContaining("");

        var echo = Assert.Single(chat.Seen, a => a.Id == id);
        Assert.Equal("hello there", echo.Text);
        Assert.NotNull(echo.ClientActivityId);
        Assert.Equal(chat.UserId, echo.From!.Id);
        Assert.StartsWith(chat.ConversationId + "|", id);
    }

    [Fact]
    public async Task Timestamps_strictly_increase_so_web_chat_keeps_the_order()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.Send("how do I return an item?");
        await chat.Send("and how long does a refund take?");
        await chat.ExpectBotMessage(_ => chat.Seen.Count(a => a.From?.Id != chat.UserId && a.Type == "message") >= 3);

        var times = chat.Seen.Select(a => a.Timestamp!.Value).ToList();
        Assert.Equal(times.OrderBy(t => t), times);
        Assert.Equal(times.Count, times.Distinct().Count());
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_what_is_new()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.ExpectReplyContaining("");
        var before = chat.Watermark;

        await chat.Send("thanks");
        var fresh = await chat.Poll();

        Assert.NotEqual(before, chat.Watermark);
        Assert.DoesNotContain(fresh, a => a.Text?.Contains("Lumen & Co assistant") == true);
        Assert.Contains(fresh, a => a.Text == "thanks");
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_token_and_a_stream_url_that_resumes_at_the_watermark()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.ExpectReplyContaining("");

        using var request = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}?watermark={chat.Watermark}", chat.Token);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(chat.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString());
        Assert.Contains($"watermark={chat.Watermark}", body.GetProperty("streamUrl").GetString());
    }

    [Fact]
    public async Task A_backend_with_the_secret_can_mint_a_token_for_one_conversation()
    {
        using var generate = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/generate", BotHost.TestSecret);
        generate.Content = JsonContent.Create(new { user = new { id = "shopper-42", name = "Ada" } });
        using var generated = await _http.SendAsync(generate);
        var conversation = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var token = conversation.GetProperty("token").GetString()!;
        var conversationId = conversation.GetProperty("conversationId").GetString()!;

        using var start = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", token);
        start.Content = JsonContent.Create(new { user = new { } });
        using var started = await _http.SendAsync(start);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(1800, conversation.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(conversationId, body.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task A_token_can_be_refreshed_and_the_new_one_reads_the_same_conversation()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        using var refresh = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/tokens/refresh", chat.Token);
        using var refreshed = await _http.SendAsync(refresh);
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var read = DirectLineChat.Authorized(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", token);
        using var response = await _http.SendAsync(read);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_secret_starts_a_conversation_of_its_own()
    {
        using var start = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", BotHost.TestSecret);
        start.Content = JsonContent.Create(new { user = new { id = "backend-user" } });
        using var response = await _http.SendAsync(start);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("streamUrl").GetString()));
    }

    [Fact]
    public async Task Attachments_upload_with_the_message_and_can_be_downloaded()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","text":"photo of the damage","from":{"id":"x"}}""");
        activity.Headers.ContentType = new("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        file.Headers.ContentType = new("image/png");
        form.Add(file, "file", "damage.png");

        using var upload = DirectLineChat.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload?userId={chat.UserId}", chat.Token);
        upload.Content = form;
        using var response = await _http.SendAsync(upload);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await chat.Poll();
        var stored = Assert.Single(chat.Seen, a => a.Id == id);
        var attachment = Assert.Single(stored.Attachments!);
        var bytes = await _http.GetByteArrayAsync(attachment.ContentUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("damage.png", attachment.Name);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal(7, bytes.Length);
    }
}
