using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Supervision.Alerts;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Tests.Supervision;
using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Leases.SeveralHosts;
using static ConversationalCare.Bot.Tests.Supervision.Quality.QualityHistory;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>
/// Two hosts on one database and one clock: the SLA monitor, the alert processor, the spike scan, quality sampling and
/// the learning follower run on the host holding their lease and act once per event.
/// </summary>
public class OnceOnlyWorkTests
{
    // Longer than any of these tests moves the clock, so the first host keeps every lease while the second one asks.
    private const int LongLease = 600;

    [Fact]
    public async Task An_SLA_breach_is_recorded_once_with_two_hosts_running()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var first = Start(clock, leaseSeconds: LongLease);
        await EventuallyAsync(() => HoldsEveryLeaseAsync(first), "the first host to take every lease");
        using var second = Start(clock, first.DataDirectory, LongLease);
        Assert.Equal(OnceOnlyWork, LeasedWork(second));
        var chat = await CustomerWaitingAsync(second);

        // P2: 180 s to a first response, at risk from 135 s. Both hosts' timers fire as the shared clock moves.
        clock.Advance(TimeSpan.FromSeconds(140));
        await EventuallyAsync(async () => await EventCountAsync(first, chat, HandoffEventKinds.SlaWarning) > 0, "the SLA warning");
        clock.Advance(TimeSpan.FromSeconds(41));
        await EventuallyAsync(async () => await EventCountAsync(first, chat, HandoffEventKinds.SlaBreached) > 0, "the SLA breach");
        for (var tick = 0; tick < 3; tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await EventuallyAsync(async () => await AlertsAsync(first, chat) is [_, _], "both SLA alerts");
        }

        Assert.Equal(1, await EventCountAsync(second, chat, HandoffEventKinds.SlaWarning));
        Assert.Equal(1, await EventCountAsync(second, chat, HandoffEventKinds.SlaBreached));
        Assert.Equal([SlaAlertKinds.Breach, SlaAlertKinds.NearBreach], (await AlertsAsync(second, chat)).Select(a => a.Kind).Order());
        Assert.True(await HoldsEveryLeaseAsync(first), "the second host took work the first one still held");
    }

    [Fact]
    public async Task An_intent_spike_opens_one_incident_with_two_hosts_running()
    {
        var now = new DateTimeOffset(2026, 11, 24, 10, 30, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        using var first = Start(clock, leaseSeconds: LongLease);
        await EventuallyAsync(() => HoldsEveryLeaseAsync(first), "the first host to take every lease");
        using var second = Start(clock, first.DataDirectory, LongLease);
        using (var history = History(first.DataDirectory))
        {
            // A quiet week of a few technical issues an hour, then forty in the last hour.
            var conversations = 0;
            for (var hour = 7 * 24 + 1; hour >= 1; hour--)
                for (var i = 0; i < (hour == 1 ? 40 : 1 + hour % 3); i++)
                {
                    var at = now.AddHours(-hour).AddMinutes(1 + i);
                    var id = $"spike-{++conversations}";
                    history.Conversation(id, history.Customer($"user-{conversations}", at), at, at);
                    history.Activity(id, 1, "user", at, "technical_issue", text: "the app crashes when I log in");
                }
            history.Commit();
        }

        // Both hosts' scan timers fire each minute; two scans at once would each open an incident.
        for (var minute = 0; minute < 3; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await EventuallyAsync(() => ReadAsync(first, db => db.IntentIncidents.AnyAsync()), "the spike incident");
        }

        var incident = Assert.Single(await ReadAsync(second, db => db.IntentIncidents.AsNoTracking().ToListAsync()));
        Assert.Equal("technical_issue", incident.Intent);
        Assert.True(await HoldsEveryLeaseAsync(first));
    }

    [Fact]
    public async Task A_low_CSAT_gets_one_follow_up_and_a_finished_week_one_sample_with_two_hosts_running()
    {
        var weekStart = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero); // Monday of week 46
        var clock = new FakeTimeProvider(weekStart.AddDays(7).AddHours(1));
        var data = NewDataDirectory();
        Guid unhappy;
        // Week 46 is over before the hosts start: each samples the last finished week when it takes that lease.
        using (var history = History(data))
        {
            Resolved(history, "alice", 25, weekStart.AddHours(2));
            var bobResolvedAt = weekStart.AddDays(6);
            unhappy = Resolved(history, "bob", 1, bobResolvedAt)[0];
            history.Sql("""UPDATE "Handoffs" SET "CsatScore" = 1 WHERE "Id" = $1""", history.Id(unhappy));
            history.Event(unhappy, $"bob-{bobResolvedAt:yyyyMMddHH}-{unhappy:N}"[..40], HandoffEventKinds.CsatScored, null, clock.GetUtcNow().AddMinutes(-1));
            history.Commit();
        }
        try
        {
            using var first = Start(clock, data, LongLease);
            using var second = Start(clock, data, LongLease);

            for (var tick = 0; tick < 3; tick++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await EventuallyAsync(() => ReadAsync(first, async db => await db.FollowUpTasks.AnyAsync() && await db.QualityReviews.AnyAsync()),
                    "the follow-up task and the week's sample");
            }

            Assert.Equal(unhappy, Assert.Single(await ReadAsync(second, db => db.FollowUpTasks.AsNoTracking().ToListAsync())).HandoffId);
            // A tenth of alice's 25, rounded up from 2.5; bob's one, at the minimum of one per agent.
            Assert.Equal(new Dictionary<string, int> { ["alice"] = 3, ["bob"] = 1 },
                (await ReadAsync(second, db => db.QualityReviews.AsNoTracking().ToListAsync())).GroupBy(r => r.Agent).ToDictionary(g => g.Key, g => g.Count()));
        }
        finally
        {
            BotHost.DeleteData(data);
        }
    }

    [Fact]
    public async Task A_resolution_with_an_article_leaves_one_suggested_phrasing_with_two_hosts_running()
    {
        using var first = Start(TimeProvider.System);
        await EventuallyAsync(() => HoldsEveryLeaseAsync(first), "the first host to take every lease");
        using var second = Start(TimeProvider.System, first.DataDirectory);
        using var http = second.NewClient();
        using var alice = new AgentApiClient(first, "alice");
        await alice.GoOnlineAsync();
        var tracking = second.Services.GetRequiredService<IArticleCatalog>().Find("en-track-parcel")!;
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask("my parcel seems to be stuck somewhere, no updates since monday");
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
        await alice.ClaimAsync(chat.ConversationId);
        await alice.SayAsync(chat.ConversationId, "Sorry about the wait! " + tracking.Answer);
        await alice.ResolveAsync(chat.ConversationId);
        var resolution = await ReadAsync(first, db => db.HandoffEvents.Where(e => e.ConversationId == chat.ConversationId && e.Kind == HandoffEventKinds.Resolved)
            .Select(e => e.Id).SingleAsync());

        // Past the resolution on both hosts' trail: the follower's cursor is shared, whichever host moved it.
        await EventuallyAsync(() => ReadAsync(second, db => db.LearningCursors.AnyAsync(c => c.Name == Bot.Learning.ResolutionLearner.CursorName && c.Position >= resolution)),
            "the learning follower to pass the resolution");
        Assert.Single(await ReadAsync(second, db => db.PhrasingSuggestions.Where(s => s.ConversationId == chat.ConversationId).ToListAsync()));
    }

    private static Task<int> EventCountAsync(BotHost host, DirectLineChat chat, string kind) =>
        ReadAsync(host, db => db.HandoffEvents.CountAsync(e => e.ConversationId == chat.ConversationId && e.Kind == kind));

    private static Task<List<SlaAlert>> AlertsAsync(BotHost host, DirectLineChat chat) =>
        ReadAsync(host, db => db.SlaAlerts.AsNoTracking().Where(a => a.ConversationId == chat.ConversationId).ToListAsync());
}
