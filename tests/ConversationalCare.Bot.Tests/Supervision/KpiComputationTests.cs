using ConversationalCare.Bot.Supervision;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>
/// Every KPI over <see cref="SyntheticHistory"/>, against figures worked out by hand: seven conversations in the week
/// (c1, c2, c3, c5, c6, Teams, c10), four handoffs (h5, h6, h7, h10).
/// </summary>
public sealed class KpiComputationTests : IDisposable
{
    private readonly CareDatabase _database = new();
    private readonly SupervisionReports _reports;

    public KpiComputationTests()
    {
        using (var writer = _database.History())
        {
            SyntheticHistory.Write(writer);
            writer.Commit();
        }
        _reports = Reports(new SupervisionOptions());
    }

    /// <summary>Reports as the host makes them, on a clock two weeks after the period.</summary>
    private SupervisionReports Reports(SupervisionOptions options, int seekLimit = 2_000)
    {
        var clock = new FakeTimeProvider(Now);
        var cache = new ConversationFactsCache(new ConversationFactsReader(_database) { SeekLimit = seekLimit }, _database, clock, Options.Create(options),
            NullLogger<ConversationFactsCache>.Instance);
        return new SupervisionReports(cache, clock, Options.Create(options));
    }

    private Task<KpiReport> Report(KpiDimension? groupBy = null) =>
        _reports.KpisAsync(SyntheticHistory.From, SyntheticHistory.To, groupBy, CancellationToken.None);

    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(120, 2_000)]
    [InlineData(120, 0)] // every table scanned once instead of looked up by id
    [InlineData(0, 2_000)] // no pre-aggregation: read straight from the tables
    public async Task Counts_conversations_the_customer_wrote_in_and_the_share_the_bot_contained(int cacheDays, int seekLimit)
    {
        var reports = Reports(new SupervisionOptions { CacheDays = cacheDays }, seekLimit);
        var kpis = (await reports.KpisAsync(SyntheticHistory.From, SyntheticHistory.To, null, CancellationToken.None)).Overall;

        Assert.Equal(7, kpis.Conversations); // the widget opened without a word (c8) does not count
        Assert.Equal(4, kpis.Handoffs);
        Assert.Equal(2.0 / 7, kpis.ContainmentRate!.Value, 9); // c1 and c3; c2 was reopened by c3
        Assert.Equal(4.0 / 7, kpis.EscalationRate!.Value, 9);
        Assert.Equal(2.0 / 7, kpis.EscalationRateByReason["complaint"], 9);
        Assert.Equal(1.0 / 7, kpis.EscalationRateByReason["customer-asked"], 9);
        Assert.Equal(1.0 / 7, kpis.EscalationRateByReason["repeated-failure"], 9);
    }

    [Fact]
    public async Task A_return_with_the_same_intent_inside_the_window_undoes_first_contact_resolution_and_one_outside_does_not()
    {
        var rows = await _reports.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To, CancellationToken.None);

        Assert.False(rows.Single(r => r.ConversationId == "c2").ResolvedAtFirstContact); // c3 three days later
        Assert.True(rows.Single(r => r.ConversationId == "c3").ResolvedAtFirstContact); // c4 came ten days later
        Assert.False(rows.Single(r => r.ConversationId == "c5").ResolvedAtFirstContact); // complained again in c6
        Assert.Equal(5.0 / 7, (await Report()).Overall.FirstContactResolutionRate!.Value, 9);
    }

    [Fact]
    public async Task A_shorter_window_turns_the_three_day_return_into_a_new_contact()
    {
        var reports = Reports(new SupervisionOptions { FcrWindowDays = 2 });

        var kpis = (await reports.KpisAsync(SyntheticHistory.From, SyntheticHistory.To, null, CancellationToken.None)).Overall;

        Assert.Equal(6.0 / 7, kpis.FirstContactResolutionRate!.Value, 9); // only c5 (c6 came one day later)
        Assert.Equal(3.0 / 7, kpis.ContainmentRate!.Value, 9);
    }

    [Fact]
    public async Task Response_times_are_measured_from_the_customer_message_to_the_next_reply()
    {
        var kpis = (await Report()).Overall;

        Assert.Equal(4, kpis.BotFirstResponseSecondsP50); // 2, 2, 3, 4, 4, 5, 6
        Assert.Equal(6, kpis.BotFirstResponseSecondsP90);
        Assert.Equal(133.0 / 14, kpis.AverageResponseSeconds!.Value, 9);
        Assert.Equal(60, kpis.FirstResponseSecondsP50); // people: 20, 60, 120 from queueing to the first agent message
        Assert.Equal(120, kpis.FirstResponseSecondsP90);
        Assert.Equal(30, kpis.QueueWaitSecondsP50); // 10, 30, 60 from queueing to the first claim; h10 never claimed
        Assert.Equal(60, kpis.QueueWaitSecondsP90);
    }

    [Fact]
    public async Task Handling_runs_from_the_first_claim_to_resolution_across_a_transfer()
    {
        var kpis = (await Report()).Overall;

        Assert.Equal((600 + 420 + 300) / 3.0, kpis.AverageHandlingSeconds!.Value, 9);
        Assert.Equal(1, kpis.Transfers);
        // alice 900 s over 2 hours at capacity 2, bob 60 s in 1 hour at 1, carol 300 s in 1 hour at 3.
        Assert.Equal(1260.0 / 28800, kpis.AgentUtilisation!.Value, 9);
    }

    [Fact]
    public async Task Surveys_count_answered_scores_and_the_unanswered_ones_only_in_the_response_rate()
    {
        var kpis = (await Report()).Overall;

        Assert.Equal(3.5, kpis.CsatAverage);
        Assert.Equal(0.5, kpis.CsatSatisfiedShare);
        Assert.Equal(2.0 / 3, kpis.CsatResponseRate!.Value, 9);
    }

    [Fact]
    public async Task Complaints_repeat_complaints_and_SLA_breaches_are_shares_of_their_own_base()
    {
        var kpis = (await Report()).Overall;

        Assert.Equal(2.0 / 7, kpis.ComplaintRate!.Value, 9);
        Assert.Equal(0.5, kpis.RepeatComplaintRate); // c6 follows c5 within the window
        Assert.Equal(0.5, kpis.SlaBreachRate); // h5 and h10 of four handoffs
    }

    [Fact]
    public async Task Compares_with_the_previous_period_of_equal_length()
    {
        var report = await Report();

        Assert.Equal(1, report.Previous.Conversations);
        Assert.Equal(1.0, report.Previous.ContainmentRate);
        Assert.Null(report.Previous.CsatAverage);
        Assert.Equal(6, report.Change.Conversations);
        Assert.Equal(2.0 / 7 - 1, report.Change.ContainmentRate!.Value, 9);
        Assert.Null(report.Change.CsatAverage);
    }

    [Fact]
    public async Task Cuts_every_figure_by_channel_agent_team_intent_locale_day_and_hour()
    {
        Assert.Equal(["msteams:1", "webchat:6"], Keys(await Report(KpiDimension.Channel)));
        Assert.Equal(["(bot):3", "(unassigned):1", "alice:2", "carol:1"], Keys(await Report(KpiDimension.Agent)));
        Assert.Equal(["(bot):3", "billing:2", "complaints:1", "technical:1"], Keys(await Report(KpiDimension.Team)));
        Assert.Equal(["billing_payment:1", "complaint:2", "order_status:1", "returns_refunds:2", "technical_issue:1"], Keys(await Report(KpiDimension.Intent)));
        Assert.Equal(["en-GB:1", "en-US:4", "zh-CN:2"], Keys(await Report(KpiDimension.Locale)));
        Assert.Equal(["2026-11-02:2", "2026-11-03:1", "2026-11-04:1", "2026-11-05:1", "2026-11-06:1", "2026-11-07:1"], Keys(await Report(KpiDimension.Day)));
        Assert.Contains("2026-11-02T10:00Z:1", Keys(await Report(KpiDimension.Hour)));

        var alice = (await Report(KpiDimension.Agent)).Groups.Single(g => g.Key == "alice").Figures;
        Assert.Equal(3.5, alice.CsatAverage);
        Assert.Equal(900.0 / 14400, alice.AgentUtilisation!.Value, 9);
        Assert.Equal(450, alice.AverageHandlingSeconds);
    }

    [Fact]
    public async Task The_export_has_one_row_per_conversation_with_pseudonymous_customers_and_no_personal_data()
    {
        var rows = await _reports.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To, CancellationToken.None);
        var csv = ConversationCsv.Write(rows);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(8, lines.Length);
        Assert.StartsWith("conversationId,customer,channel,locale,intent,startedAt", lines[0]);
        Assert.Equal(rows.Single(r => r.ConversationId == "c2").Customer, rows.Single(r => r.ConversationId == "c3").Customer);
        Assert.NotEqual(rows.Single(r => r.ConversationId == "c1").Customer, rows.Single(r => r.ConversationId == "c2").Customer);
        Assert.DoesNotContain("4915112345678", csv);
        Assert.DoesNotContain("Kim", csv);
        Assert.DoesNotContain("kim@example.com", csv);
        var c5 = lines.Single(l => l.StartsWith("c5,"));
        Assert.Contains(",complaint,complaints,alice,1,60,120,600,0,true,true,2,false,false,true,false", c5);
    }

    [Fact]
    public async Task A_report_sees_what_was_stored_after_the_previous_report()
    {
        var before = (await Report()).Overall;
        using (var writer = _database.History())
        {
            // The first customer is back about their order, still chatting now; Carol's customer answers the survey late.
            var customer = _database.CreateDbContext().Conversations.Single(c => c.Id == "c1").CustomerId;
            writer.Conversation("c11", customer, SyntheticHistory.T0.AddDays(6), Now, "en-US");
            writer.Activity("c11", 1, "user", SyntheticHistory.T0.AddDays(6), "order_status");
            writer.Activity("c11", 2, "bot", SyntheticHistory.T0.AddDays(6).AddSeconds(3));
            writer.Sql("""UPDATE "Handoffs" SET "CsatScore" = 4 WHERE "ConversationId" = 'c6'""");
            writer.Sql("""INSERT INTO "HandoffEvents" ("HandoffId", "ConversationId", "Kind", "At") SELECT "Id", "ConversationId", 'csat-scored', "RequestedAt" FROM "Handoffs" WHERE "ConversationId" = 'c6'""");
            writer.Commit();
        }

        var after = (await Report()).Overall;

        Assert.Equal(7, before.Conversations);
        Assert.Equal(8, after.Conversations);
        Assert.Equal(5.0 / 8, after.FirstContactResolutionRate!.Value, 9); // c1 now reopened too
        Assert.Equal(11.0 / 3, after.CsatAverage!.Value, 9);
        Assert.Equal(1.0, after.CsatResponseRate);
    }

    [Fact]
    public async Task A_handoff_event_that_commits_after_a_later_one_still_reaches_the_figures()
    {
        await Report();
        long last;
        using (var db = _database.CreateDbContext()) last = db.HandoffEvents.Max(e => e.Id);
        // Two writers at once (PostgreSQL): the event given id last + 2 commits first, the one given last + 1 a moment later.
        using (var writer = _database.History())
        {
            writer.Sql("""INSERT INTO "HandoffEvents" ("Id", "HandoffId", "ConversationId", "Kind", "At") SELECT $1, "Id", "ConversationId", 'note-added', $2 FROM "Handoffs" WHERE "ConversationId" = 'c5'""",
                last + 2, writer.Time(Now));
            writer.Commit();
        }
        var between = (await Report()).Overall;
        using (var writer = _database.History())
        {
            writer.Sql("""UPDATE "Handoffs" SET "CsatScore" = 4 WHERE "ConversationId" = 'c6'""");
            writer.Sql("""INSERT INTO "HandoffEvents" ("Id", "HandoffId", "ConversationId", "Kind", "At") SELECT $1, "Id", "ConversationId", 'csat-scored', $2 FROM "Handoffs" WHERE "ConversationId" = 'c6'""",
                last + 1, writer.Time(Now));
            writer.Commit();
        }

        var after = (await Report()).Overall;

        Assert.Equal(1.0, after.CsatResponseRate);
        Assert.NotEqual(between.CsatAverage, after.CsatAverage);
        Assert.Equal(11.0 / 3, after.CsatAverage!.Value, 9);
    }

    private static List<string> Keys(KpiReport report) => [.. report.Groups.Select(g => $"{g.Key}:{g.Figures.Conversations}")];

    public void Dispose() => _database.Dispose();
}
