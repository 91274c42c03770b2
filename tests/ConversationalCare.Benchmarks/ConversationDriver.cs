using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// One simulated customer: opens a conversation, waits for the greeting, then asks its questions one after
/// another, each time waiting for the bot's answer before typing the next. Only the turns are timed.
/// </summary>
public sealed class ConversationDriver(int index, HttpClient http, RoundRecorder recorder, TimeSpan replyTimeout) : IAsyncDisposable
{
    private DirectLineSession? _session;

    public int BotMessages => _session?.Stream.BotMessages ?? 0;

    /// <summary>Setup runs behind a small gate so a round does not start with a burst of token requests.</summary>
    public async Task SetUpAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (session, error) = await DirectLineSession.OpenAsync(http, cancellationToken);
            if (error is not null) recorder.Error(error);
            if (session is null) return;
            _session = session;
            if (await session.Stream.WaitForWelcomeAsync(replyTimeout, cancellationToken) is { } missing) recorder.Error(missing);
        }
        finally { gate.Release(); }
    }

    /// <summary>
    /// Sends <paramref name="messages"/> messages; a conversation that could not be set up counts them all as failed.
    /// With a <paramref name="pace"/>, message k is sent at its scheduled time (or at once if the previous reply came
    /// later): an open-loop load whose latency does not feed back into the offered rate.
    /// </summary>
    public async Task RunTurnsAsync(int messages, TimeSpan? pace, CancellationToken cancellationToken)
    {
        if (_session is null)
        {
            recorder.Error("turn: conversation was not set up", messages);
            return;
        }
        var start = Stopwatch.GetTimestamp();
        // A random phase spreads the conversations' sends evenly instead of all at once.
        var phase = pace is { } p ? p * Random.Shared.NextDouble() : TimeSpan.Zero;
        for (var turn = 0; turn < messages && !cancellationToken.IsCancellationRequested; turn++)
        {
            if (pace is { } interval)
            {
                var due = phase + interval * turn - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken);
            }
            var text = CustomerQuestions.For(index, turn);
            var postedAt = Stopwatch.GetTimestamp();
            var (activityId, postError) = await _session.PostMessageAsync(text, cancellationToken);
            if (activityId is null)
            {
                recorder.Error(postError!);
                continue;
            }
            var acknowledgedAt = Stopwatch.GetTimestamp();
            var reply = await _session.Stream.WaitForReplyAsync(activityId, replyTimeout, cancellationToken);
            if (reply.Error is not null) recorder.Error(reply.Error);
            recorder.Turn(new TurnTiming(index, turn, text, postedAt, acknowledgedAt, reply.Error is null ? reply.ArrivedAt : null, reply.Threaded));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }
}
