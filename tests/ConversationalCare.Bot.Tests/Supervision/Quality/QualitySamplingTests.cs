using ConversationalCare.Bot.Supervision.Quality;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Supervision.Quality.QualityHistory;

namespace ConversationalCare.Bot.Tests.Supervision.Quality;

/// <summary>
/// A synthetic week 45: alice resolves 25 conversations, bob 3, carol only hands one back to the bot, and dave
/// resolved 12 the week before. A tenth of each agent's week goes into the review queue, at least one each.
/// </summary>
public sealed class QualitySamplingTests : IDisposable
{
    private static readonly QualityWeek Week45 = new(2026, 45);
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(WeekStart.AddDays(7).AddHours(3));

    private QualitySampler Sampler(double share = 0.1, int minimum = 1) =>
        new(_database, Options.Create(new QualityOptions { SampleShare = share, MinimumPerAgent = minimum }), _clock, NullLogger<QualitySampler>.Instance);

    private static void SyntheticWeek(CareDatabase database, IReadOnlyList<Guid>? aliceIds = null)
    {
        using var w = database.History();
        Resolved(w, "alice", 25, WeekStart.AddHours(8), ids: aliceIds);
        Resolved(w, "bob", 3, WeekStart.AddDays(2));
        Resolved(w, "carol", 1, WeekStart.AddDays(3), status: "Released");
        Resolved(w, "dave", 12, WeekStart.AddDays(-7));
        // Resolved at 23:15 on Sunday: still week 45.
        Resolved(w, "erin", 1, WeekStart.AddDays(7).AddMinutes(-60));
        w.Commit();
    }

    private List<QualityReview> Queue()
    {
        using var db = _database.CreateDbContext();
        return [.. db.QualityReviews.AsNoTracking().OrderBy(r => r.Agent)];
    }

    [Fact]
    public void The_share_is_rounded_and_never_below_the_minimum_for_an_agent_who_resolved_any()
    {
        Assert.Equal(3, QualitySample.Quota(25, 0.1, 1));
        Assert.Equal(1, QualitySample.Quota(3, 0.1, 1));
        Assert.Equal(0, QualitySample.Quota(0, 0.1, 1));
        Assert.Equal(3, QualitySample.Quota(3, 0.1, 5));
        Assert.Equal(0, QualitySample.Quota(3, 0.1, 0));
        Assert.Equal(3, QualitySample.Quota(3, 1.0, 1));
    }

    [Fact]
    public async Task Queues_a_tenth_of_each_agents_resolved_conversations_of_the_week_and_at_least_one()
    {
        SyntheticWeek(_database);

        var added = await Sampler().SampleAsync(Week45, CancellationToken.None);

        var queue = Queue();
        Assert.Equal(5, added);
        Assert.Equal(["alice", "alice", "alice", "bob", "erin"], queue.Select(r => r.Agent));
        Assert.All(queue, r => Assert.Equal("2026-W45", r.Week));
        Assert.All(queue, r => Assert.Equal(ReviewStatus.Queued, r.Status));
        Assert.All(queue, r => Assert.InRange(r.ResolvedAt, WeekStart, WeekStart.AddDays(7)));
    }

    [Fact]
    public async Task Sampling_the_same_week_again_adds_nothing()
    {
        SyntheticWeek(_database);
        await Sampler().SampleAsync(Week45, CancellationToken.None);
        var first = Queue().Select(r => r.HandoffId).ToHashSet();

        var again = await Sampler().SampleAsync(Week45, CancellationToken.None);
        var withAnotherShare = await Sampler(share: 0.5).SampleAsync(Week45, CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Equal(0, withAnotherShare);
        Assert.Equal(first, Queue().Select(r => r.HandoffId).ToHashSet());
    }

    [Fact]
    public async Task The_same_week_picks_the_same_conversations_in_another_database()
    {
        var aliceIds = Enumerable.Range(0, 25).Select(_ => Guid.NewGuid()).ToList();
        SyntheticWeek(_database, aliceIds);
        using var other = new CareDatabase();
        SyntheticWeek(other, aliceIds);

        await Sampler().SampleAsync(Week45, CancellationToken.None);
        await new QualitySampler(other, Options.Create(new QualityOptions()), _clock, NullLogger<QualitySampler>.Instance)
            .SampleAsync(Week45, CancellationToken.None);

        using var db = other.CreateDbContext();
        var picked = Queue().Where(r => r.Agent == "alice").Select(r => r.HandoffId).Order().ToList();
        Assert.Equal(picked, db.QualityReviews.Where(r => r.Agent == "alice").Select(r => r.HandoffId).AsEnumerable().Order().ToList());
        var expected = aliceIds.OrderBy(id => QualitySample.Draw(Week45, id)).Take(3).Order().ToList();
        Assert.Equal(expected, picked);
    }

    [Fact]
    public void The_draw_spreads_the_picks_rather_than_taking_the_first_resolved()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var picked = ids.Select((id, index) => (index, draw: QualitySample.Draw(Week45, id))).OrderBy(p => p.draw).Take(100).Select(p => p.index).ToList();
        // Roughly a tenth of the picks from each tenth of the week, never all from the start.
        Assert.InRange(picked.Count(i => i < 500), 30, 70);
        Assert.NotEqual(picked, ids.Select((_, i) => i).Take(100));
    }

    [Fact]
    public async Task A_larger_share_and_minimum_are_honoured()
    {
        SyntheticWeek(_database);

        await Sampler(share: 0.5, minimum: 2).SampleAsync(Week45, CancellationToken.None);

        var byAgent = Queue().GroupBy(r => r.Agent).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["alice"] = 13, ["bob"] = 2, ["erin"] = 1 }, byAgent);
    }

    [Fact]
    public async Task On_start_it_catches_up_the_last_finished_week_and_samples_the_next_when_it_ends()
    {
        SyntheticWeek(_database);
        using (var w = _database.History())
        {
            Resolved(w, "bob", 4, WeekStart.AddDays(8));
            w.Commit();
        }
        using var stop = new CancellationTokenSource();

        var running = Sampler().RunAsync(stop.Token);
        await Eventually(() => Queue().Count == 5);
        Assert.DoesNotContain(Queue(), r => r.Week == "2026-W46");

        _clock.Advance(TimeSpan.FromDays(7));
        await Eventually(() => Queue().Any(r => r.Week == "2026-W46"));
        await stop.CancelAsync();
        await running;

        Assert.Single(Queue(), r => r.Week == "2026-W46");
        Assert.Equal(5, Queue().Count(r => r.Week == "2026-W45"));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }

    public void Dispose() => _database.Dispose();
}
