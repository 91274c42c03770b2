using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ConversationalCare.Benchmarks.Handoff;

/// <summary>
/// The agent's GET /api/agent/stream (Server-Sent Events), read line by line. Customer messages are noted with the
/// moment their data line was read, keyed by text (every benchmark message is unique); other events are counted.
/// </summary>
public sealed class AgentEventStream : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _customerTexts = new();
    private readonly ConcurrentDictionary<string, int> _eventCounts = new();
    private readonly TaskCompletionSource<string> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private AgentEventStream(HttpClient http, HttpResponseMessage response)
    {
        _http = http;
        _response = response;
        _reading = ReadAsync(_stop.Token);
    }

    /// <summary>Events received so far by type (activity, handoff, typing), for the report.</summary>
    public IReadOnlyDictionary<string, int> EventCounts => _eventCounts;

    /// <summary>Opens the stream; once the headers are back the host is listening for us.</summary>
    public static async Task<(AgentEventStream? Stream, string? Error)> OpenAsync(Uri baseUrl, AgentDesk desk, CancellationToken cancellationToken)
    {
        // Its own client: HttpClient.Timeout must not cut a stream that is meant to stay open.
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        using var request = desk.Authorized(HttpMethod.Get, "/api/agent/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/event-stream")
                return (new AgentEventStream(http, response), null);
            var error = $"agent stream: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}";
            response.Dispose();
            http.Dispose();
            return (null, error);
        }
        catch (HttpRequestException error)
        {
            http.Dispose();
            return (null, $"agent stream: {error.HttpRequestError}");
        }
    }

    /// <summary>Registers interest in a customer message with exactly this text; call before posting it.</summary>
    public Task<long> ExpectCustomerText(string text) =>
        _customerTexts.GetOrAdd(text, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Stopwatch ticks when the message arrived, or an error label.</summary>
    public async Task<TurnReply> WaitAsync(Task<long> expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, expiry.Token);
        var first = await Task.WhenAny(expected, _ended.Task, deadline);
        await expiry.CancelAsync();
        if (first == expected) return new TurnReply(expected.Result, Threaded: true, null);
        if (first == _ended.Task) return new TurnReply(0, false, $"agent stream: ended ({_ended.Task.Result})");
        return new TurnReply(0, false, cancellationToken.IsCancellationRequested ? "agent stream: cancelled" : $"agent stream: timeout after {timeout.TotalSeconds:0} s");
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var reason = "closed by the host";
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(cancellationToken));
            string? type = null;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal)) type = line["event:".Length..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    Dispatch(type ?? "message", line["data:".Length..], Stopwatch.GetTimestamp());
                    type = null;
                }
            }
        }
        catch (OperationCanceledException) { reason = "closed by the client"; }
        catch (Exception error) when (error is IOException or HttpRequestException) { reason = error.Message; }
        _ended.TrySetResult(reason);
    }

    private void Dispatch(string type, string data, long arrivedAt)
    {
        _eventCounts.AddOrUpdate(type, 1, (_, count) => count + 1);
        if (type != "activity" || _customerTexts.IsEmpty) return;
        using var activity = JsonDocument.Parse(data);
        if (Json.Text(activity.RootElement, "role") == "customer" && Json.Text(activity.RootElement, "text") is { } text
            && _customerTexts.TryRemove(text, out var expected))
            expected.TrySetResult(arrivedAt);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _response.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}
