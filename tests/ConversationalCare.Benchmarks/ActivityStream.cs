using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// The conversation's WebSocket at streamUrl. Each frame is an ActivitySet ({"activities":[...],"watermark":"N"});
/// empty frames are keep-alives. Bot messages are noted with the moment they arrived, keyed by replyToId.
/// </summary>
public sealed class ActivityStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    // A reply may arrive before the POST that caused it has returned its id, so either side may create the entry.
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replies = new();
    // Agents' messages carry no replyToId; the handoff benchmark waits for them by their (unique) text.
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _texts = new();
    private readonly TaskCompletionSource<long> _welcome = NewSignal();
    private readonly TaskCompletionSource<string> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private volatile TurnInFlight? _turn;
    private int _botMessages;

    public int BotMessages => Volatile.Read(ref _botMessages);

    public static async Task<(ActivityStream? Stream, string? Error)> ConnectAsync(string streamUrl, CancellationToken cancellationToken)
    {
        var stream = new ActivityStream();
        try
        {
            await stream._socket.ConnectAsync(new Uri(streamUrl), cancellationToken);
        }
        catch (Exception error) when (error is WebSocketException or HttpRequestException)
        {
            await stream.DisposeAsync();
            return (null, $"stream: {error.GetType().Name} {error.Message}");
        }
        stream._receiving = stream.ReceiveAsync(stream._stop.Token);
        return (stream, null);
    }

    /// <summary>Called just before a message is posted, so its echo and an unthreaded reply can be recognised.</summary>
    public void Expect(string clientActivityId) => _turn = new TurnInFlight(clientActivityId);

    /// <summary>Waits for the bot's greeting, which the host replays even if it was sent before the socket opened.</summary>
    public Task<string?> WaitForWelcomeAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitAsync([_welcome.Task], "welcome", timeout, cancellationToken);

    /// <summary>
    /// Waits for the bot message whose replyToId is <paramref name="activityId"/>. Failing that, the first bot message
    /// without any replyToId after the echo of our post is taken as the reply and flagged as unthreaded.
    /// </summary>
    public async Task<TurnReply> WaitForReplyAsync(string activityId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var threaded = _replies.GetOrAdd(activityId, _ => NewSignal()).Task;
        var unthreaded = _turn!.Unthreaded.Task;
        var error = await WaitAsync([threaded, unthreaded], "reply", timeout, cancellationToken);
        if (error is not null) return new TurnReply(0, Threaded: false, error);
        return threaded.IsCompleted ? new TurnReply(threaded.Result, Threaded: true, null) : new TurnReply(unthreaded.Result, Threaded: false, null);
    }

    /// <summary>Registers interest in a bot-side message with exactly this text; call before causing it.</summary>
    public Task<long> ExpectText(string text) => _texts.GetOrAdd(text, _ => NewSignal()).Task;

    /// <summary>Waits for a signal from <see cref="ExpectText"/>; the error is null when it arrived in time.</summary>
    public async Task<TurnReply> WaitForTextAsync(Task<long> expected, TimeSpan timeout, CancellationToken cancellationToken) =>
        await WaitAsync([expected], "agent message", timeout, cancellationToken) is { } error
            ? new TurnReply(0, Threaded: false, error)
            : new TurnReply(expected.Result, Threaded: true, null);

    private async Task<string?> WaitAsync(Task<long>[] signals, string step, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, expiry.Token);
        var first = await Task.WhenAny([.. signals, _ended.Task, deadline]);
        await expiry.CancelAsync();
        if (first == _ended.Task) return $"{step}: stream ended ({_ended.Task.Result})";
        if (first != deadline) return null;
        return cancellationToken.IsCancellationRequested ? $"{step}: cancelled" : $"{step}: timeout after {timeout.TotalSeconds:0} s";
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var frame = new ArrayBufferWriter<byte>(16 * 1024);
        var reason = "closed by the host";
        try
        {
            while (true)
            {
                frame.Clear();
                ValueWebSocketReceiveResult part;
                do
                {
                    part = await _socket.ReceiveAsync(frame.GetMemory(8 * 1024), cancellationToken);
                    frame.Advance(part.Count);
                } while (!part.EndOfMessage);
                var arrivedAt = Stopwatch.GetTimestamp();
                if (part.MessageType == WebSocketMessageType.Close) break;
                if (frame.WrittenCount > 0) Dispatch(frame.WrittenSpan, arrivedAt);
            }
        }
        catch (OperationCanceledException) { reason = "closed by the client"; }
        catch (WebSocketException error) { reason = $"{error.WebSocketErrorCode}"; }
        catch (JsonException error) { reason = $"bad frame: {error.Message}"; }
        _ended.TrySetResult(reason);
    }

    /// <summary>Only bot messages matter; our own echoes just mark that the host has stored the post; typing is skipped.</summary>
    private void Dispatch(ReadOnlySpan<byte> frame, long arrivedAt)
    {
        var reader = new Utf8JsonReader(frame);
        using var set = JsonDocument.ParseValue(ref reader);
        if (!set.RootElement.TryGetProperty("activities", out var activities)) return;
        var turn = _turn;
        foreach (var activity in activities.EnumerateArray())
        {
            if (Json.Text(activity, "type") != "message" || !activity.TryGetProperty("from", out var from)) continue;
            if (Json.Text(from, "role") != "bot")
            {
                if (turn is not null && ClientActivityId(activity) == turn.ClientActivityId) turn.EchoSeen = true;
                continue;
            }
            Interlocked.Increment(ref _botMessages);
            if (!_texts.IsEmpty && Json.Text(activity, "text") is { } text && _texts.TryRemove(text, out var expected))
                expected.TrySetResult(arrivedAt);
            _welcome.TrySetResult(arrivedAt);
            // A turn may be answered by several messages; the first one is the reply the customer waited for.
            if (Json.Text(activity, "replyToId") is { Length: > 0 } replyToId)
                _replies.GetOrAdd(replyToId, _ => NewSignal()).TrySetResult(arrivedAt);
            else if (turn is { EchoSeen: true })
                turn.Unthreaded.TrySetResult(arrivedAt);
        }
    }

    private static string? ClientActivityId(JsonElement activity) =>
        activity.TryGetProperty("channelData", out var channelData) && channelData.ValueKind == JsonValueKind.Object
            ? Json.Text(channelData, "clientActivityID")
            : null;

    private static TaskCompletionSource<long> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException) { }
        }
        // The host answers our close with its own; stop listening after a short wait either way.
        await Task.WhenAny(_receiving, Task.Delay(TimeSpan.FromSeconds(2)));
        await _stop.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
    }

    /// <summary>The message awaiting an answer; EchoSeen is only written by the stream reader.</summary>
    private sealed class TurnInFlight(string clientActivityId)
    {
        public string ClientActivityId { get; } = clientActivityId;
        public bool EchoSeen { get; set; }
        public TaskCompletionSource<long> Unthreaded { get; } = NewSignal();
    }
}

/// <param name="ArrivedAt">Stopwatch ticks when the frame carrying the reply was read.</param>
/// <param name="Threaded">False when the reply was recognised by order because the bot left replyToId out.</param>
public sealed record TurnReply(long ArrivedAt, bool Threaded, string? Error);

internal static class Json
{
    public static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
