using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Leases.SeveralHosts;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>
/// The once-only work moves to the other host when the one doing it stops: within the lease time when it just stops
/// renewing (hung, killed), at the other host's next try when it stops gracefully and releases its leases.
/// </summary>
public class LeaseTakeOverTests
{
    private static readonly LeaseOptions Defaults = new();

    [Fact]
    public async Task When_the_host_doing_the_work_stops_renewing_the_other_takes_over_within_the_lease_and_the_breach_is_still_recorded()
    {
        var start = DateTimeOffset.UtcNow;
        // Each host has its own clock: the first one's stands still, so it never renews, exactly as if it had died.
        var (firstClock, secondClock) = (new FakeTimeProvider(start), new FakeTimeProvider(start));
        using var first = Start(firstClock);
        await EventuallyAsync(() => HoldsEveryLeaseAsync(first), "the first host to take every lease");
        using var second = Start(secondClock, first.DataDirectory);

        // The leases run out 15 s after the first host's last renewal; the second host tries every 5 s.
        await AdvanceUntilAsync(secondClock, () => HoldsEveryLeaseAsync(second), Defaults.Duration + Defaults.RenewEvery, "the second host to take over");
        Assert.True(secondClock.GetUtcNow() - start <= Defaults.Duration + 2 * Defaults.RenewEvery,
            $"the second host took {secondClock.GetUtcNow() - start} to take over");

        var chat = await CustomerWaitingAsync(second);
        secondClock.Advance(TimeSpan.FromSeconds(181));
        await EventuallyAsync(() => ReadAsync(second, db => db.HandoffEvents.AnyAsync(e => e.ConversationId == chat.ConversationId && e.Kind == HandoffEventKinds.SlaBreached)),
            "the breach, recorded by the host that took over");
        secondClock.Advance(TimeSpan.FromSeconds(2));
        await EventuallyAsync(() => ReadAsync(second, db => db.SlaAlerts.AnyAsync(a => a.ConversationId == chat.ConversationId)), "its alert");
    }

    [Fact]
    public async Task A_host_that_stops_gracefully_hands_its_work_over_at_the_other_hosts_next_try()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Neither host owns the data: the first one's stop must not take the database away from the second.
        var data = NewDataDirectory();
        var first = Start(clock, data);
        await EventuallyAsync(() => HoldsEveryLeaseAsync(first), "the first host to take every lease");
        using var second = Start(clock, data);
        var start = clock.GetUtcNow();

        first.Dispose();

        Assert.All(await HoldersAsync(second), lease => Assert.Null(lease.Value));
        await AdvanceUntilAsync(clock, () => HoldsEveryLeaseAsync(second), Defaults.RenewEvery, "the second host to take over");
        // Well before the 15 s a lease lasts: the release, not the expiry, handed the work over.
        Assert.True(clock.GetUtcNow() - start < Defaults.Duration, $"the second host took {clock.GetUtcNow() - start} to take over");
        second.Dispose();
        BotHost.DeleteData(data);
    }

    /// <summary>
    /// Moves the clock by <paramref name="step"/>, then by a retry interval at a time while the condition does not
    /// hold: a host whose attempt was still running when the clock jumped tries again one interval later.
    /// </summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<Task<bool>> condition, TimeSpan step, string description)
    {
        clock.Advance(step);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (DateTime.UtcNow < deadline)
            {
                if (await condition()) return;
                await Task.Delay(100);
            }
            clock.Advance(Defaults.RenewEvery);
        }
        Assert.Fail($"Still waiting for {description}");
    }
}
