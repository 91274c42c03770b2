using System.Net.WebSockets;
using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket at streamUrl: one ActivitySet of one activity per frame. On connect it replays everything after the watermark
/// in the URL, so a client that reconnects (or posted before the socket opened) misses nothing.
/// </summary>
public static class DirectLineStream
{
    private const int MaxActivitiesPerRead = 100;

    public static async Task<IResult> Accept(string conversationId, string? t, string? watermark, HttpContext context,
        DirectLineAuthentication auth, ConversationStore conversations, ConversationFeed feed,
        IOptions<DirectLineOptions> options, Availability.GracefulStop stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest) return DirectLineError.BadArgument("This URL only accepts WebSocket upgrades.");
        var caller = await auth.AuthenticateStreamAsync(t);
        if (caller is null) return DirectLineError.Forbidden("The stream URL's token is invalid or has expired.");
        if (!caller.MayAccess(conversationId)) return DirectLineError.Forbidden("The token is for another conversation.");
        if (!Watermark.TryParse(watermark, out var after)) return DirectLineError.BadArgument("The watermark is not one this service issued.");
        if (await conversations.FindAsync(conversationId, context.RequestAborted) is null)
            return DirectLineError.NotFound($"Conversation '{conversationId}' does not exist.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        // Two tokens: cancelling a pending receive aborts a socket, so the reader stops only when the client has gone,
        // while the pump also stops when the host does and then closes the socket normally (clients reconnect).
        using var clientGone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(clientGone.Token, stopping.SocketsClosing);
        // Subscribe before reading the backlog so nothing stored in between falls through the gap.
        using var subscription = feed.Subscribe(conversationId);
        var session = new StreamSession(socket, conversationId, after, conversations);
        var listening = DrainClientFramesAsync(socket, clientGone);
        try
        {
            await session.SendStoredAfterAsync(stop.Token);
            await PumpAsync(session, subscription, TimeSpan.FromSeconds(options.Value.HeartbeatSeconds), stop.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
        finally
        {
            await CloseAsync(socket);
            // A client answers our close with its own; one that does not is let go after a moment.
            clientGone.CancelAfter(TimeSpan.FromSeconds(2));
            await listening;
        }
        return Results.Empty;
    }

    private static async Task PumpAsync(StreamSession session, FeedSubscription subscription, TimeSpan heartbeat, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(heartbeat);
            bool ready;
            try { ready = await subscription.Reader.WaitToReadAsync(wait.Token); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await session.SendHeartbeatAsync(cancellationToken);
                continue;
            }
            if (!ready) return;
            var items = new List<FeedItem>();
            while (items.Count < MaxActivitiesPerRead && subscription.Reader.TryRead(out var item)) items.Add(item);
            await session.SendLiveAsync(items, cancellationToken);
        }
    }

    /// <summary>Clients ping with empty frames; we only watch for the close.</summary>
    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, stop.Token);
                if (frame.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
    }

    /// <summary>
    /// What one socket has sent so far, so live items and backlog never repeat or skip a watermark. Each activity
    /// travels in a frame of its own: DirectLineJS 0.15 emits a frame's activities one async tick apart, so a
    /// second frame arriving meanwhile would interleave with the first and reorder them.
    /// </summary>
    private sealed class StreamSession(WebSocket socket, string conversationId, long after, ConversationStore conversations)
    {
        private long _sent = after;

        public async Task SendStoredAfterAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var stored = await conversations.ReadAfterAsync(conversationId, _sent, MaxActivitiesPerRead, cancellationToken);
                if (stored.Count == 0) return;
                foreach (var activity in stored)
                {
                    _sent = activity.Sequence;
                    await SendAsync(DirectLineActivities.Deserialize(activity), cancellationToken);
                }
            }
        }

        /// <summary>
        /// Strictly by watermark: what this socket already has is skipped, and a gap (a missed or late message from
        /// another host, a listener that was lapped) is filled from storage before going on.
        /// </summary>
        public async Task SendLiveAsync(List<FeedItem> items, CancellationToken cancellationToken)
        {
            foreach (var item in items)
            {
                if (item.Sequence is { } sequence)
                {
                    if (sequence > _sent + 1) await SendStoredAfterAsync(cancellationToken);
                    if (sequence <= _sent) continue;
                    _sent = sequence;
                }
                await SendAsync(item.Activity, cancellationToken);
            }
        }

        public Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
            socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);

        private Task SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            var set = new ActivitySet([activity], _sent > 0 ? Watermark.Format(_sent) : null);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(set, ActivityJson.Options);
            return socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
    }
}
