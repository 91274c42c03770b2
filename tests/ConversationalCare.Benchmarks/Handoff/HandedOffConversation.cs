using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConversationalCare.Benchmarks.Handoff;

/// <summary>
/// One customer who asked for a person and was claimed by the agent. Each exchange times both directions:
/// the agent's POST until the customer's socket shows the text, then the customer's POST until the agent's
/// event stream shows it.
/// </summary>
public sealed class HandedOffConversation(int index, HttpClient http, AgentDesk desk, ExchangeRecorder recorder, TimeSpan timeout) : IAsyncDisposable
{
    public const string AskForPerson = "I want to talk to a person";
    private DirectLineSession? _session;
    private bool _claimed;

    /// <summary>Open, greet, ask for a person, be claimed: everything before the first timed exchange.</summary>
    public async Task SetUpAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (session, error) = await DirectLineSession.OpenAsync(http, cancellationToken);
            if (session is null)
            {
                recorder.Error(error!);
                return;
            }
            _session = session;
            if (await session.Stream.WaitForWelcomeAsync(timeout, cancellationToken) is { } missing) recorder.Error(missing);
            var (asked, postError) = await session.PostMessageAsync(AskForPerson, cancellationToken);
            if (asked is null)
            {
                recorder.Error(postError!);
                return;
            }
            // The queue position (or, with nobody online, the leave-a-message invitation) answers the request.
            if ((await session.Stream.WaitForReplyAsync(asked, timeout, cancellationToken)).Error is { } noReply) recorder.Error(noReply);
            if (await desk.ClaimAsync(session.ConversationId, cancellationToken) is { } claimError) recorder.Error(claimError);
            else _claimed = true;
        }
        finally { gate.Release(); }
    }

    /// <summary>Runs the exchanges; with a pace, exchange k starts at its scheduled time (open loop).</summary>
    public async Task RunExchangesAsync(int exchanges, AgentEventStream agentStream, TimeSpan? pace, CancellationToken cancellationToken)
    {
        if (_session is null || !_claimed)
        {
            recorder.Error("exchange: conversation was not handed off", exchanges);
            return;
        }
        var start = Stopwatch.GetTimestamp();
        var phase = pace is { } p ? p * Random.Shared.NextDouble() : TimeSpan.Zero;
        var nonce = Guid.NewGuid().ToString("N")[..8];
        for (var round = 0; round < exchanges && !cancellationToken.IsCancellationRequested; round++)
        {
            if (pace is { } interval && phase + interval * round - Stopwatch.GetElapsedTime(start) is { Ticks: > 0 } due)
                await Task.Delay(due, cancellationToken);
            await AgentToCustomerAsync($"Agent reply {round + 1} to customer {index} ({nonce})", cancellationToken);
            await CustomerToAgentAsync($"Customer {index} message {round + 1} ({nonce})", agentStream, cancellationToken);
        }
    }

    private async Task AgentToCustomerAsync(string text, CancellationToken cancellationToken)
    {
        var arrival = _session!.Stream.ExpectText(text);
        var postedAt = Stopwatch.GetTimestamp();
        if (await desk.SayAsync(_session.ConversationId, text, cancellationToken) is { } error)
        {
            recorder.Error(error);
            return;
        }
        var acknowledgedAt = Stopwatch.GetTimestamp();
        var received = await _session.Stream.WaitForTextAsync(arrival, timeout, cancellationToken);
        if (received.Error is not null) recorder.Error($"customer socket: {received.Error}");
        recorder.Delivery(Direction.AgentToCustomer, postedAt, acknowledgedAt, received.Error is null ? received.ArrivedAt : null);
    }

    private async Task CustomerToAgentAsync(string text, AgentEventStream agentStream, CancellationToken cancellationToken)
    {
        var arrival = agentStream.ExpectCustomerText(text);
        var postedAt = Stopwatch.GetTimestamp();
        var (id, error) = await _session!.PostMessageAsync(text, cancellationToken);
        if (id is null)
        {
            recorder.Error(error!);
            return;
        }
        var acknowledgedAt = Stopwatch.GetTimestamp();
        var received = await agentStream.WaitAsync(arrival, timeout, cancellationToken);
        if (received.Error is not null) recorder.Error(received.Error);
        recorder.Delivery(Direction.CustomerToAgent, postedAt, acknowledgedAt, received.Error is null ? received.ArrivedAt : null);
    }

    /// <summary>Resolves the handoff (untimed) so the next round starts with only its own conversations open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is null) return;
        if (_claimed && await desk.ResolveAsync(_session.ConversationId, CancellationToken.None) is { } error) recorder.Error(error);
        await _session.DisposeAsync();
    }
}

public enum Direction { AgentToCustomer, CustomerToAgent }

/// <summary>Deliveries and errors of one handoff round, from many conversations at once.</summary>
public sealed class ExchangeRecorder
{
    private readonly ConcurrentQueue<(Direction Direction, double AckMs, double? DeliveredMs)> _deliveries = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public void Delivery(Direction direction, long postedAt, long acknowledgedAt, long? deliveredAt) =>
        _deliveries.Enqueue((direction, Stopwatch.GetElapsedTime(postedAt, acknowledgedAt).TotalMilliseconds,
            deliveredAt is { } at ? Stopwatch.GetElapsedTime(postedAt, at).TotalMilliseconds : null));

    public void Error(string kind, int times = 1) => _errors.AddOrUpdate(kind, times, (_, count) => count + times);

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public int Delivered(Direction direction) => _deliveries.Count(d => d.Direction == direction && d.DeliveredMs is not null);

    public LatencySummary Latency(Direction direction) =>
        LatencySummary.Of(_deliveries.Where(d => d.Direction == direction && d.DeliveredMs is not null).Select(d => d.DeliveredMs!.Value));

    public LatencySummary Acknowledgement(Direction direction) =>
        LatencySummary.Of(_deliveries.Where(d => d.Direction == direction).Select(d => d.AckMs));
}
