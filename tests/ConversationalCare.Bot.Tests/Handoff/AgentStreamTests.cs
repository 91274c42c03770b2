using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>An integration listens on GET /api/agent/stream (Server-Sent Events) and hears handed-off customers live.</summary>
public class AgentStreamTests
{
    [Fact]
    public async Task An_agent_on_the_stream_hears_the_customer_of_a_handed_off_conversation_and_no_other_customer()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        await using var stream = await AgentEventListener.OpenAsync(host, "demo-token-alice");
        var handedOff = await DirectLineChat.StartAsync(http);
        var withBot = await DirectLineChat.StartAsync(http);

        await handedOff.Send("I want to talk to a person");
        await handedOff.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(handedOff.ConversationId)).StatusCode);
        var claimed = await stream.ExpectAsync("handoff", e => e.Data.GetProperty("conversationId").GetString() == handedOff.ConversationId
            && e.Data.GetProperty("status").GetString() == "Assigned", "the claim");
        Assert.Equal("alice", claimed.Data.GetProperty("owner").GetString());
        await alice.SayAsync(handedOff.ConversationId, "Hi, Alice here");
        await withBot.Ask("where is my parcel?");
        await handedOff.Send("my order is LC-20261124");

        var fromAgent = await stream.ExpectActivityAsync(handedOff.ConversationId, "Hi, Alice here");
        Assert.Equal("agent", fromAgent.Data.GetProperty("role").GetString());
        var fromCustomer = await stream.ExpectActivityAsync(handedOff.ConversationId, "my order is LC-20261124");
        Assert.Equal("customer", fromCustomer.Data.GetProperty("role").GetString());
        Assert.True(fromCustomer.Data.GetProperty("sequence").GetInt64() > fromAgent.Data.GetProperty("sequence").GetInt64());
        // The stream is in order, so the other customer's earlier question would have arrived before this point.
        Assert.DoesNotContain(stream.Seen, e => e.Data.TryGetProperty("conversationId", out var id) && id.GetString() == withBot.ConversationId);
    }

    [Fact]
    public async Task The_stream_tells_the_agent_when_a_handed_off_customer_is_typing()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        await using var stream = await AgentEventListener.OpenAsync(host, "demo-token-alice");
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("agent please");
        await chat.ExpectReplyContaining("in the queue");

        await chat.Typing();

        await stream.ExpectAsync("typing", e => e.Data.GetProperty("conversationId").GetString() == chat.ConversationId, "the customer typing");
    }

    [Fact]
    public async Task The_stream_refuses_callers_without_a_valid_token()
    {
        using var host = new BotHost();
        using var anonymous = host.NewClient();
        using var wrongToken = AgentApiClient.Authorized(host, "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/agent/stream")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongToken.GetAsync("/api/agent/stream")).StatusCode);
    }

    [Fact]
    public async Task A_quiet_stream_sends_a_keep_alive_comment_every_15_seconds()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using var stream = await AgentEventListener.OpenAsync(host, "demo-token-alice");

        // The server arms its timer just after the headers go out, so keep moving the clock until the comment comes.
        for (var attempt = 0; attempt < 100 && !stream.KeptAlive.IsCompleted; attempt++)
        {
            clock.Advance(TimeSpan.FromSeconds(15));
            await Task.WhenAny(stream.KeptAlive, Task.Delay(100));
        }

        Assert.True(stream.KeptAlive.IsCompleted, "no keep-alive comment arrived");
    }

    [Fact]
    public async Task The_stream_ends_cleanly_when_the_host_stops()
    {
        var host = new BotHost();
        await using var stream = await AgentEventListener.OpenAsync(host, "demo-token-sam");

        var stopping = Task.Run(host.Dispose);

        Assert.Equal("end of stream", await stream.Ended.WaitAsync(TimeSpan.FromSeconds(20)));
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));
    }
}

/// <summary>A minimal Server-Sent Events client: each "event:"/"data:" block becomes one <see cref="AgentStreamEvent"/>.</summary>
internal sealed class AgentEventListener : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly Channel<AgentStreamEvent> _events = Channel.CreateUnbounded<AgentStreamEvent>();
    private readonly TaskCompletionSource<string> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<AgentStreamEvent> _seen = [];
    private readonly TaskCompletionSource _keptAlive = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AgentEventListener(HttpClient http, HttpResponseMessage response)
    {
        _http = http;
        _response = response;
        _ = ReadAsync();
    }

    public IReadOnlyList<AgentStreamEvent> Seen => _seen;
    public Task<string> Ended => _ended.Task;
    public Task KeptAlive => _keptAlive.Task;

    public static async Task<AgentEventListener> OpenAsync(BotHost host, string token)
    {
        var http = AgentApiClient.Authorized(host, token);
        http.Timeout = Timeout.InfiniteTimeSpan;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new AgentEventListener(http, response);
    }

    public Task<AgentStreamEvent> ExpectActivityAsync(string conversationId, string text) =>
        ExpectAsync("activity", e => e.Data.GetProperty("conversationId").GetString() == conversationId
            && e.Data.GetProperty("text").GetString() == text, $"'{text}'");

    /// <summary>Reads events until one matches; fails after 20 s listing what arrived.</summary>
    public async Task<AgentStreamEvent> ExpectAsync(string type, Func<AgentStreamEvent, bool> match, string description)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(deadline.Token);
                _seen.Add(next);
                if (next.Type == type && match(next)) return next;
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            Assert.Fail($"Expected {type} event for {description}; the stream carried: {string.Join(" | ", _seen.Select(e => $"{e.Type} {e.Data}"))}");
            throw;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync());
            string? type = null, data = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line == ": keep-alive") _keptAlive.TrySetResult();
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
                else if (line.Length == 0 && type is not null && data is not null)
                {
                    _events.Writer.TryWrite(new AgentStreamEvent(type, JsonSerializer.Deserialize<JsonElement>(data)));
                    (type, data) = (null, null);
                }
            }
            _ended.TrySetResult("end of stream");
        }
        catch (Exception error) { _ended.TrySetResult($"{error.GetType().Name}: {error.Message}"); }
        finally { _events.Writer.TryComplete(); }
    }

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        await Task.WhenAny(_ended.Task, Task.Delay(TimeSpan.FromSeconds(5)));
        _http.Dispose();
    }
}

internal sealed record AgentStreamEvent(string Type, JsonElement Data);
