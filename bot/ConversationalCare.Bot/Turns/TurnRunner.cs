using System.Collections.Concurrent;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Lets a channel acknowledge a message as soon as it is stored, while the bot keeps working on the reply.
/// Running turns are tracked so a graceful shutdown finishes them instead of dropping the replies.
/// </summary>
public sealed class TurnRunner(TurnPipeline pipeline, ILogger<TurnRunner> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Starts the turn; returns the stored incoming activity (null when that kind is not stored).</summary>
    public async Task<Activity?> AcceptAsync(TurnContext turn)
    {
        var run = Task.Run(() => RunAsync(turn));
        _running.TryAdd(run, 0);
        _ = run.ContinueWith(finished => _running.TryRemove(finished, out _), TaskScheduler.Default);
        return await turn.Accepted.Task;
    }

    private async Task RunAsync(TurnContext turn)
    {
        try { await pipeline.RunAsync(turn, _stopping.Token); }
        catch (Exception error)
        {
            // The error boundary should have caught this; if it did not, still never leave the channel hanging.
            logger.LogError(error, "Turn failed outside the error boundary");
            turn.Accepted.TrySetException(error);
        }
        finally { turn.Accepted.TrySetResult(null); }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => FinishRunningTurnsAsync(cancellationToken);

    /// <summary>Waits for the running turns (and any that start meanwhile); when time runs out, cancels what is left.</summary>
    public async Task FinishRunningTurnsAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_running.Keys.Where(run => !run.IsCompleted).ToList() is { Count: > 0 } running)
                await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) { await _stopping.CancelAsync(); }
    }
}
