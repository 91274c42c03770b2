using ConversationalCare.HandoffConsole.Live;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.HandoffConsole.Tests.Live;

public class DeskWatchTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeAgentDesk desk = new();
    private readonly FakeTimeProvider time = new(Noon);
    private readonly List<Exception> failures = [];
    private int refreshes;

    private DeskWatch Watch(Func<string, bool>? isRelevant = null) =>
        DeskWatch.Start(desk, isRelevant ?? (_ => true), () => { Interlocked.Increment(ref refreshes); return Task.CompletedTask; },
            exception => { failures.Add(exception); return Task.CompletedTask; }, time);

    [Fact]
    public async Task Subscribes_before_start_returns_so_no_change_is_missed()
    {
        await using var watch = Watch();

        Assert.Equal(1, desk.Watchers);
    }

    [Fact]
    public async Task Refreshes_once_the_quiet_period_has_passed()
    {
        await using var watch = Watch();

        desk.Announce("c1");
        await Eventually.True(() => desk.Unread == 0);
        Assert.Equal(0, refreshes);

        await Eventually.True(() => refreshes == 1, step: () => time.Advance(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task Redraws_a_burst_of_changes_once()
    {
        await using var watch = Watch();

        for (var i = 0; i < 20; i++) desk.Announce("c1");
        await Eventually.True(() => desk.Unread == 0);
        await Task.Delay(50); // lets the last read change reach the watch before the clock moves
        await Eventually.True(() => refreshes == 1, step: () => time.Advance(TimeSpan.FromMilliseconds(50)));

        time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.Equal(1, refreshes);
    }

    [Fact]
    public async Task Ignores_changes_the_page_does_not_show()
    {
        await using var watch = Watch(id => id == "mine");

        desk.Announce("someone-else");
        await Eventually.True(() => desk.Unread == 0);
        time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.Equal(0, refreshes);

        desk.Announce("mine");
        await Eventually.True(() => refreshes == 1, step: () => time.Advance(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task Unsubscribes_when_disposed_without_calling_it_a_failure()
    {
        var watch = Watch();

        await watch.DisposeAsync();

        Assert.Equal(0, desk.Watchers);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Reports_a_desk_that_fails_instead_of_hiding_it()
    {
        var broken = new BrokenDesk();
        await using var watch = DeskWatch.Start(broken, _ => true, () => Task.CompletedTask,
            exception => { failures.Add(exception); return Task.CompletedTask; }, time);

        await Eventually.True(() => failures.Count == 1);
        Assert.IsType<InvalidOperationException>(failures[0]);
    }

    private sealed class BrokenDesk : IAgentDesk
    {
        public Task<IReadOnlyList<ConversationSummary>> ListConversationsAsync(int take, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ConversationTranscript?> GetTranscriptAsync(string conversationId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<string> WatchAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("The event feed is gone.");
#pragma warning disable CS0162 // An iterator needs a yield to be one.
            yield break;
#pragma warning restore CS0162
        }
    }
}
