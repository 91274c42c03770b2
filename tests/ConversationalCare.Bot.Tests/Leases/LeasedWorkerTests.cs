using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Tests.Supervision;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Leases.SeveralHosts;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>The shared worker loop: two hosts' workers for one piece of work on one database, the work recording when it runs.</summary>
public sealed class LeasedWorkerTests : IDisposable
{
    private const string Work = "test-work";
    private static readonly IOptions<LeaseOptions> Options = Microsoft.Extensions.Options.Options.Create(new LeaseOptions { LeaseSeconds = 15 });
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private sealed class RecordingWork : ILeasedWork
    {
        private int _starts;
        private volatile bool _running;
        public int Starts => _starts;
        public bool Running => _running;

        public async Task RunAsync(CancellationToken whileHeld)
        {
            Interlocked.Increment(ref _starts);
            _running = true;
            try { await Task.Delay(Timeout.Infinite, whileHeld); }
            finally { _running = false; }
        }
    }

    private (LeasedWorker Worker, WorkLeases Leases, RecordingWork Work) Host(TimeProvider clock)
    {
        var leases = new WorkLeases(_database, Options, clock);
        var work = new RecordingWork();
        return (new LeasedWorker(Work, work, leases, Options, clock, NullLogger<LeasedWorker>.Instance), leases, work);
    }

    /// <summary>Moves the shared clock one renewal on and waits until the holder has renewed at the new time.</summary>
    private async Task RenewalAsync(WorkLeases holder)
    {
        _clock.Advance(Options.Value.RenewEvery);
        var renewed = _clock.GetUtcNow() + Options.Value.Duration;
        var nudged = false;
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        await EventuallyAsync(async () =>
        {
            if ((await holder.ListAsync(default)).Single().ExpiresAt >= renewed) return true;
            // A worker still busy with its previous renewal when the clock moved (a slow database) set its next pause
            // from the new time, so it renews one step later: move on once more, still well inside the lease.
            if (!nudged && waiting.Elapsed > TimeSpan.FromSeconds(3))
            {
                nudged = true;
                _clock.Advance(Options.Value.RenewEvery);
                renewed = _clock.GetUtcNow() + Options.Value.Duration;
            }
            return false;
        }, "the holder's renewal");
    }

    [Fact]
    public async Task Of_two_hosts_only_the_lease_holder_runs_the_work_while_it_renews()
    {
        var first = Host(_clock);
        await first.Worker.StartAsync(default);
        await EventuallyAsync(() => Task.FromResult(first.Work.Running), "the first host's work");
        var second = Host(_clock);
        await second.Worker.StartAsync(default);

        // Four lease times: the second host tries at every step and must never start the work.
        for (var step = 0; step < 12; step++) await RenewalAsync(first.Leases);

        Assert.Equal((1, true), (first.Work.Starts, first.Work.Running));
        Assert.Equal(0, second.Work.Starts);
        await second.Worker.StopAsync(default);
        await first.Worker.StopAsync(default);
    }

    [Fact]
    public async Task When_the_holder_stops_the_other_host_starts_the_work_at_its_next_try()
    {
        var first = Host(_clock);
        await first.Worker.StartAsync(default);
        await EventuallyAsync(() => Task.FromResult(first.Work.Running), "the first host's work");
        var second = Host(_clock);
        await second.Worker.StartAsync(default);

        await first.Worker.StopAsync(default);
        Assert.False(first.Work.Running);
        _clock.Advance(Options.Value.RenewEvery);

        await EventuallyAsync(() => Task.FromResult(second.Work.Running), "the second host's work");
        await second.Worker.StopAsync(default);
    }

    [Fact]
    public async Task A_holder_that_finds_its_lease_taken_stops_the_work()
    {
        // The holder's own clock stands still (it hung); on the other host's clock its lease has run out.
        var first = Host(_clock);
        await first.Worker.StartAsync(default);
        await EventuallyAsync(() => Task.FromResult(first.Work.Running), "the first host's work");
        var elsewhere = new FakeTimeProvider(_clock.GetUtcNow() + Options.Value.Duration);
        Assert.True(await new WorkLeases(_database, Options, elsewhere).TryAcquireAsync(Work, default));

        _clock.Advance(Options.Value.RenewEvery);

        await EventuallyAsync(() => Task.FromResult(!first.Work.Running), "the first host to stop the work");
        await first.Worker.StopAsync(default);
    }
}
