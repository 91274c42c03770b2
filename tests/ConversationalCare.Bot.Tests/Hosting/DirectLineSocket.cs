using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// A customer's Direct Line WebSocket, read in the background as Web Chat reads it: each frame is an activity set
/// with the watermark after it. Tests wait for what they expect and then look at everything that arrived.
/// </summary>
public sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<(Activity Activity, long? Watermark)> _frames = Channel.CreateUnbounded<(Activity, long?)>();
    private readonly List<(Activity Activity, long? Watermark)> _received = [];
    private readonly CancellationTokenSource _closing = new();
    private Task _reading = Task.CompletedTask;

    /// <summary>Everything received so far, in arrival order, with the watermark each frame carried.</summary>
    public IReadOnlyList<(Activity Activity, long? Watermark)> Received
    {
        get { lock (_received) return [.. _received]; }
    }

    /// <summary>The stored activities received (typing is never stored), each with its watermark.</summary>
    public IReadOnlyList<(Activity Activity, long Watermark)> Stored =>
        Received.Where(r => r.Activity.Type != ActivityTypes.Typing).Select(r => (r.Activity, r.Watermark!.Value)).ToList();

    /// <summary>Opens the stream URL, pointed at another host when given (the same token is good on every host).</summary>
    public static async Task<DirectLineSocket> OpenAsync(string streamUrl, BotHost? on = null, string? watermark = null)
    {
        var url = new UriBuilder(streamUrl);
        if (on is not null) url.Port = on.BaseAddress.Port;
        if (watermark is not null) url.Query = $"{url.Query.TrimStart('?')}&watermark={watermark}";
        var socket = new DirectLineSocket();
        await socket._socket.ConnectAsync(url.Uri, CancellationToken.None);
        socket._reading = socket.ReadAsync();
        return socket;
    }

    /// <summary>How the service closed the socket, once it has (<see cref="Closed"/>).</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Completes when the socket stops carrying frames: the service closed it, or the test did.</summary>
    public Task Closed => _reading;

    /// <summary>Waits for a matching activity; fails after the timeout listing what came.</summary>
    public async Task<Activity> ExpectAsync(Func<Activity, bool> match, string description, TimeSpan? within = null)
    {
        foreach (var (activity, _) in Received)
            if (match(activity)) return activity;
        using var deadline = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(deadline.Token);
                if (match(frame.Activity)) return frame.Activity;
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            Assert.Fail($"Expected {description} on the socket; it carried: {string.Join(" | ", Received.Select(r => $"{r.Watermark}:{r.Activity.Type}:{r.Activity.Text}"))}");
            throw;
        }
    }

    public Task<Activity> ExpectTextAsync(string text, TimeSpan? within = null) =>
        ExpectAsync(a => a.Text == text, $"'{text}'", within);

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _closing.Token);
                    if (result.MessageType == WebSocketMessageType.Close) return;
                    frame.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                if (frame.Length == 0) continue; // keep-alive
                var set = JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray())).RootElement;
                long? watermark = set.TryGetProperty("watermark", out var w) && w.ValueKind == JsonValueKind.String ? long.Parse(w.GetString()!) : null;
                foreach (var activity in set.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!)
                {
                    lock (_received) _received.Add((activity, watermark));
                    _frames.Writer.TryWrite((activity, watermark));
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
        finally { _frames.Writer.TryComplete(); }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _reading;
        _socket.Dispose();
        _closing.Dispose();
    }
}
