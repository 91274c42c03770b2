using System.Threading.Channels;

namespace ConversationalCare.HandoffConsole.Live;

/// <summary>
/// Follows <see cref="IAgentDesk.WatchAsync"/> for one page and refreshes it at most once per quiet period,
/// so a burst of messages redraws the page once rather than once per message.
/// </summary>
internal sealed class DeskWatch : IAsyncDisposable
{
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(250);

    // One pending signal is enough: a refresh reads the latest state, whatever changed.
    private readonly Channel<bool> changed = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource stopping = new();
    private readonly Task running;

    private DeskWatch(IAgentDesk desk, Func<string, bool> isRelevant, Func<Task> refresh,
        Func<Exception, Task> fail, TimeProvider time, TimeSpan quietPeriod)
    {
        var listening = ListenAsync(desk, isRelevant, stopping.Token);
        running = RunAsync(listening, refresh, fail, time, quietPeriod, stopping.Token);
    }

    /// <summary>
    /// Subscribes before returning, so a page that loads right after starting its watch misses no change.
    /// <paramref name="fail"/> receives bugs (a desk or refresh that throws); stopping the watch is not one.
    /// </summary>
    public static DeskWatch Start(IAgentDesk desk, Func<string, bool> isRelevant, Func<Task> refresh,
        Func<Exception, Task> fail, TimeProvider time, TimeSpan? quietPeriod = null) =>
        new(desk, isRelevant, refresh, fail, time, quietPeriod ?? DefaultQuietPeriod);

    private async Task ListenAsync(IAgentDesk desk, Func<string, bool> isRelevant, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var conversationId in desk.WatchAsync(cancellationToken).ConfigureAwait(false))
                if (isRelevant(conversationId)) changed.Writer.TryWrite(true);
            changed.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            changed.Writer.TryComplete(exception);
        }
    }

    private async Task RunAsync(Task listening, Func<Task> refresh, Func<Exception, Task> fail,
        TimeProvider time, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        try
        {
            while (await changed.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await Task.Delay(quietPeriod, time, cancellationToken).ConfigureAwait(false);
                // Whatever arrived while waiting is covered by the refresh about to happen.
                while (changed.Reader.TryRead(out _)) { }
                await refresh().ConfigureAwait(false);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away; nothing is wrong.
        }
        catch (Exception exception)
        {
            await fail(exception).ConfigureAwait(false);
        }
        await listening.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await running.ConfigureAwait(false);
        stopping.Dispose();
    }
}
