using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Channels.DirectLine;

public class DirectLineStreamTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private readonly HttpClient _http = shared.Host.NewClient();

    [Fact]
    public async Task The_stream_replays_the_welcome_then_delivers_echo_typing_and_reply_live()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(chat.StreamUrl!), CancellationToken.None);

        var welcome = await ReceiveUntil(socket, a => a.Type == "message");
        await chat.Send("hello");
        var live = await ReceiveUntil(socket, a => a.Type == "message" && a.From?.Id != chat.UserId);

        Assert.Contains(welcome.Activities, a => a.Text?.Contains("Lumen") == true);
        Assert.Contains(live.Activities, a => a.Text == "hello" && a.From?.Id == chat.UserId);
        Assert.Contains(live.Activities, a => a.Type == "typing");
        Assert.True(long.Parse(live.LastWatermark!) > long.Parse(welcome.LastWatermark!));
    }

    [Fact]
    public async Task A_stream_opened_with_a_watermark_sends_only_what_came_after_it()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        await chat.Send("first");
        await chat.ExpectBotMessage(_ => chat.Seen.Count(a => a.From?.Id != chat.UserId) >= 2, "welcome and a reply");
        var watermark = chat.Watermark;
        await chat.Send("second");

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"{chat.StreamUrl}&watermark={watermark}"), CancellationToken.None);
        var replay = await ReceiveUntil(socket, a => a.Text == "second");

        Assert.DoesNotContain(replay.Activities, a => a.Text == "first");
    }

    [Fact]
    public async Task A_stream_url_with_another_conversations_token_is_refused()
    {
        var mine = await DirectLineChat.StartAsync(_http);
        var theirs = await DirectLineChat.StartAsync(_http);
        var stolen = theirs.StreamUrl!.Replace(theirs.ConversationId, mine.ConversationId);

        using var socket = new ClientWebSocket();
        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(stolen), CancellationToken.None));

        Assert.Contains("403", error.Message);
    }

    private sealed record Received(List<Activity> Activities, string? LastWatermark);

    private static async Task<Received> ReceiveUntil(ClientWebSocket socket, Func<Activity, bool> stop)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new List<Activity>();
        string? watermark = null;
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            if (frame.Length == 0) continue; // keep-alive
            var set = JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray())).RootElement;
            var activities = set.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;
            // DirectLineJS reorders activities that share a frame with a later frame (PROTOCOLS C.3), so one per frame.
            Assert.Single(activities);
            received.AddRange(activities);
            if (set.TryGetProperty("watermark", out var w) && w.ValueKind == JsonValueKind.String) watermark = w.GetString();
            if (activities.Any(stop)) return new Received(received, watermark);
        }
    }
}
