using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// A customer's Direct Line WebSocket as Web Chat holds it: asks the host it reaches for a stream URL (resuming from a
/// watermark, as DirectLineJS does after a drop) and collects every activity set it is sent, with its watermark.
/// </summary>
public sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Activity> _received = [];
    private readonly Task _reading;
    private string? _watermark;

    private DirectLineSocket(ClientWebSocket socket)
    {
        _socket = socket;
        _reading = ReadAsync();
    }

    public IReadOnlyList<Activity> Received
    {
        get { lock (_received) return [.. _received]; }
    }

    public string? Watermark
    {
        get { lock (_received) return _watermark; }
    }

    /// <summary>GET /v3/directline/conversations/{id}?watermark= on whatever <paramref name="http"/> reaches, then the socket.</summary>
    public static async Task<DirectLineSocket> ConnectAsync(HttpClient http, string conversationId, string token, string? watermark)
    {
        var path = $"/v3/directline/conversations/{conversationId}" + (watermark is null ? "" : $"?watermark={watermark}");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var streamUrl = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new DirectLineSocket(socket);
    }

    /// <summary>Waits until a message with exactly this text has arrived.</summary>
    public async Task WaitForTextAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!Received.Any(a => a.Type == ActivityTypes.Message && a.Text == text))
        {
            if (_reading.IsCompleted) throw new InvalidOperationException($"The stream closed before \"{text}\" arrived.", _reading.Exception);
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"\"{text}\" did not arrive; got: {string.Join(" | ", Received.Select(a => a.Text))}");
            await Task.Delay(50);
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, _stop.Token);
                frame.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            if (result.MessageType == WebSocketMessageType.Close) return;
            if (frame.Length == 0) continue; // Direct Line's keep-alive
            var set = JsonSerializer.Deserialize<JsonElement>(frame.ToArray());
            var activities = set.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options) ?? [];
            lock (_received)
            {
                _received.AddRange(activities);
                if (set.TryGetProperty("watermark", out var watermark) && watermark.ValueKind == JsonValueKind.String) _watermark = watermark.GetString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _reading; } catch (OperationCanceledException) { } catch (WebSocketException) { }
        _socket.Dispose();
        _stop.Dispose();
    }
}
