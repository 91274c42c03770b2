using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// A customer chatting over Direct Line by polling, as a test would script it:
/// <c>await chat.Send("where is my parcel?"); await chat.ExpectReplyContaining("track");</c>
/// </summary>
public sealed class DirectLineChat
{
    private readonly HttpClient _http;
    private string _watermark = "";
    private readonly List<Activity> _seen = [];

    private DirectLineChat(HttpClient http, string conversationId, string token, string userId, string? streamUrl)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
        UserId = userId;
        StreamUrl = streamUrl;
    }

    public string ConversationId { get; }
    public string Token { get; private set; }
    public string UserId { get; }
    public string? StreamUrl { get; }
    public IReadOnlyList<Activity> Seen => _seen;

    /// <summary>Gets a token the way our widget does, then starts the conversation.</summary>
    public static async Task<DirectLineChat> StartAsync(HttpClient http, string locale = "en-US")
    {
        var issued = await (await http.PostAsync("/api/widget/token", null)).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        var userId = issued.GetProperty("userId").GetString()!;
        using var start = Authorized(HttpMethod.Post, "/v3/directline/conversations", token);
        start.Content = JsonContent.Create(new { user = new { id = userId }, locale });
        using var response = await http.SendAsync(start);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var conversation = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new DirectLineChat(http, conversation.GetProperty("conversationId").GetString()!,
            conversation.GetProperty("token").GetString()!, userId, conversation.GetProperty("streamUrl").GetString());
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string credential)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return request;
    }

    public async Task<string> Send(string text, string locale = "en-US", object? value = null)
    {
        using var response = await TrySend(text, locale, value);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Posts a message and hands back the response as it came, for tests of refusals.</summary>
    public async Task<HttpResponseMessage> TrySend(string text, string locale = "en-US", object? value = null)
    {
        var clientActivityId = Guid.NewGuid().ToString("n");
        using var request = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Token);
        request.Content = JsonContent.Create(new
        {
            type = "message", text, locale, textFormat = "plain", value,
            from = new { id = UserId, role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        });
        return await _http.SendAsync(request);
    }

    /// <summary>Everything stored in a conversation, read with the Direct Line secret (from any host of its data).</summary>
    public static async Task<List<Activity>> ReadTranscriptAsync(HttpClient http, string conversationId)
    {
        var activities = new List<Activity>();
        for (var watermark = ""; ;)
        {
            using var request = Authorized(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", BotHost.TestSecret);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var set = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
            var page = set.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;
            if (page.Count == 0) return activities;
            activities.AddRange(page);
            watermark = set.GetProperty("watermark").GetString()!;
        }
    }

    /// <summary>Tells the service the customer is typing, as Web Chat does while they write.</summary>
    public async Task Typing()
    {
        using var request = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Token);
        request.Content = JsonContent.Create(new { type = "typing", from = new { id = UserId, role = "user" } });
        using var response = await _http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"typing was refused: {(int)response.StatusCode}");
    }

    /// <summary>Sends a message and waits for the bot's reply to it (the reply threads to the message's id).</summary>
    public async Task<Activity> Ask(string text, string locale = "en-US")
    {
        var id = await Send(text, locale);
        return await ExpectBotMessage(a => a.ReplyToId == id, $"a reply to '{text}'");
    }

    /// <summary>One poll: everything after the current watermark.</summary>
    public async Task<IReadOnlyList<Activity>> Poll()
    {
        using var request = Authorized(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={_watermark}", Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var set = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        if (set.GetProperty("watermark").ValueKind == JsonValueKind.String) _watermark = set.GetProperty("watermark").GetString()!;
        var activities = set.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;
        _seen.AddRange(activities);
        return activities;
    }

    public string Watermark => _watermark;

    /// <summary>Polls until a bot message containing the fragment arrives (or fails after a few seconds).</summary>
    public async Task<Activity> ExpectReplyContaining(string fragment) =>
        await ExpectBotMessage(a => a.Text?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true, $"a reply containing '{fragment}'");

    public async Task<Activity> ExpectBotMessage(Func<Activity, bool> match, string description = "a matching bot message")
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var checkedCount = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Poll();
            for (; checkedCount < _seen.Count; checkedCount++)
            {
                var activity = _seen[checkedCount];
                if (activity.From?.Id != UserId && activity.IsType(ActivityTypes.Message) && match(activity)) return activity;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"Expected {description}; the bot said: {string.Join(" | ", _seen.Where(a => a.From?.Id != UserId).Select(a => a.Text))}");
        throw new InvalidOperationException();
    }
}
