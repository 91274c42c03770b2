using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Tests.Supervision;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>Two hosts (two lease stores) asking for the same work lease on one database, against a clock the test moves.</summary>
public sealed class WorkLeaseTests : IDisposable
{
    private const string Work = "handoff-monitor";
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly LeaseOptions _options = new() { LeaseSeconds = 15 };

    public void Dispose() => _database.Dispose();

    private WorkLeases Host() => new(_database, Options.Create(_options), _clock);

    private async Task<string?> HolderAsync() =>
        (await Host().ListAsync(default)).SingleOrDefault(l => l.Name == Work && l.IsHeld(_clock.GetUtcNow()))?.Holder;

    [Fact]
    public async Task Only_one_host_holds_a_lease_at_a_time()
    {
        var (first, second) = (Host(), Host());

        Assert.True(await first.TryAcquireAsync(Work, default));
        Assert.False(await second.TryAcquireAsync(Work, default));
        Assert.True(await first.TryAcquireAsync(Work, default));
        Assert.Equal(first.Holder, await HolderAsync());
    }

    [Fact]
    public async Task Hosts_asking_at_once_for_a_lease_nobody_had_yet_get_one_holder()
    {
        var hosts = Enumerable.Range(0, 8).Select(_ => Host()).ToList();

        var taken = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.TryAcquireAsync(Work, default))));

        Assert.Single(taken, t => t);
        Assert.Equal(hosts[Array.IndexOf(taken, true)].Holder, await HolderAsync());
    }

    [Fact]
    public async Task Another_host_takes_over_only_once_the_lease_runs_out_without_renewal()
    {
        var (first, second) = (Host(), Host());
        await first.TryAcquireAsync(Work, default);

        _clock.Advance(TimeSpan.FromSeconds(14));
        Assert.False(await second.TryAcquireAsync(Work, default));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await second.TryAcquireAsync(Work, default));

        Assert.False(await first.RenewAsync(Work, default));
        Assert.Equal(second.Holder, await HolderAsync());
    }

    [Fact]
    public async Task A_renewed_lease_stays_with_its_holder()
    {
        var (first, second) = (Host(), Host());
        await first.TryAcquireAsync(Work, default);

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(await first.RenewAsync(Work, default));
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(await second.TryAcquireAsync(Work, default));
        Assert.Equal(first.Holder, await HolderAsync());
    }

    [Fact]
    public async Task A_released_lease_is_free_for_another_host_at_once()
    {
        var (first, second) = (Host(), Host());
        await first.TryAcquireAsync(Work, default);

        await first.ReleaseAsync(Work, default);

        Assert.Null(await HolderAsync());
        Assert.True(await second.TryAcquireAsync(Work, default));
    }

    [Fact]
    public async Task A_host_that_lost_its_lease_cannot_release_or_renew_the_new_holders_lease()
    {
        var (first, second) = (Host(), Host());
        await first.TryAcquireAsync(Work, default);
        _clock.Advance(TimeSpan.FromSeconds(20));
        await second.TryAcquireAsync(Work, default);

        await first.ReleaseAsync(Work, default);

        Assert.False(await first.RenewAsync(Work, default));
        Assert.Equal(second.Holder, await HolderAsync());
    }
}
