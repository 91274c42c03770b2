using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// One customer's Direct Line conversation, spoken the way the widget and Web Chat speak it: a widget token,
/// POST /conversations, the WebSocket at streamUrl, and POSTed messages whose replies arrive on the socket.
/// Failures come back as short labels ("post: 500 ServiceError") so a round can count them by kind.
/// </summary>
public sealed class DirectLineSession : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _conversationId;
    private readonly string _userId;
    private readonly string _token;
    private readonly ActivityStream _stream;

    private DirectLineSession(HttpClient http, string conversationId, string userId, string token, ActivityStream stream)
    {
        _http = http;
        _conversationId = conversationId;
        _userId = userId;
        _token = token;
        _stream = stream;
    }

    public ActivityStream Stream => _stream;
    /// <summary>The id the agent API uses for this conversation too.</summary>
    public string ConversationId => _conversationId;

    /// <summary>Token, start, socket: everything before the first message. Not part of any turn timing.</summary>
    public static async Task<(DirectLineSession? Session, string? Error)> OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var (widget, tokenError) = await SendAsync(http, new HttpRequestMessage(HttpMethod.Post, "/api/widget/token"), "token", cancellationToken);
        if (widget is not { } issued) return (null, tokenError);
        var userId = issued.GetProperty("userId").GetString()!;

        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations")
        {
            Content = JsonContent.Create(new { user = new { id = userId }, locale = "en-US" }),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("token").GetString());
        var (conversation, startError) = await SendAsync(http, start, "start", cancellationToken);
        if (conversation is not { } started) return (null, startError);

        var (stream, streamError) = await ActivityStream.ConnectAsync(started.GetProperty("streamUrl").GetString()!, cancellationToken);
        if (stream is null) return (null, streamError);
        return (new DirectLineSession(http, started.GetProperty("conversationId").GetString()!, userId, started.GetProperty("token").GetString()!, stream), null);
    }

    /// <summary>Posts a customer message; returns the activity id the service assigned.</summary>
    public async Task<(string? ActivityId, string? Error)> PostMessageAsync(string text, CancellationToken cancellationToken)
    {
        var clientActivityId = Guid.NewGuid().ToString("N");
        _stream.Expect(clientActivityId);
        var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(_conversationId)}/activities")
        {
            Content = JsonContent.Create(new
            {
                type = "message",
                text,
                from = new { id = _userId, role = "user" },
                locale = "en-US",
                channelData = new { clientActivityID = clientActivityId },
            }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var (posted, error) = await SendAsync(_http, post, "post", cancellationToken);
        return posted?.TryGetProperty("id", out var id) == true && id.GetString() is { Length: > 0 } activityId
            ? (activityId, null)
            : (null, error ?? "post: no id in the response");
    }

    /// <summary>Sends a request and returns its JSON body on success, else a label like "token: 429 TooManyRequests".</summary>
    private static async Task<(JsonElement? Body, string? Error)> SendAsync(HttpClient http, HttpRequestMessage request, string step, CancellationToken cancellationToken)
    {
        try
        {
            using (request)
            using (var response = await http.SendAsync(request, cancellationToken))
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var json = body.Length > 0 ? TryParse(body) : null;
                if (response.IsSuccessStatusCode)
                    return json is { ValueKind: JsonValueKind.Object } ? (json, null) : (null, $"{step}: {(int)response.StatusCode} without a JSON body");
                // Direct Line errors look like {"error":{"code":"BadArgument","message":"..."}}.
                var code = json?.TryGetProperty("error", out var problem) == true ? Json.Text(problem, "code") : null;
                return (null, $"{step}: {(int)response.StatusCode} {code ?? response.ReasonPhrase}");
            }
        }
        catch (HttpRequestException error) { return (null, $"{step}: {error.HttpRequestError}"); }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { return (null, $"{step}: HTTP timeout"); }
    }

    private static JsonElement? TryParse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException) { return null; }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
