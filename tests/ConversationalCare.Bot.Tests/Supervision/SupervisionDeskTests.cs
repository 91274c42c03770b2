using ConversationalCare.Bot.Supervision;
using ConversationalCare.HandoffConsole.Supervision;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>The console's port over <see cref="SyntheticHistory"/>: the figures and the conversations behind them agree.</summary>
public sealed class SupervisionDeskTests : IDisposable
{
    private readonly CareDatabase _database = new();
    private readonly SupervisionDesk _desk;

    public SupervisionDeskTests()
    {
        using (var writer = _database.History())
        {
            SyntheticHistory.Write(writer);
            writer.Commit();
        }
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new SupervisionOptions());
        var cache = new ConversationFactsCache(new ConversationFactsReader(_database), _database, clock, options, NullLogger<ConversationFactsCache>.Instance);
        _desk = new SupervisionDesk(new SupervisionReports(cache, clock, options));
    }

    [Fact]
    public async Task Maps_the_figures_and_the_change_against_the_previous_period()
    {
        var report = await _desk.ReportAsync(SyntheticHistory.From, SyntheticHistory.To, null, CancellationToken.None);

        Assert.Equal(7, report.Overall.Conversations);
        Assert.Equal(4, report.Overall.Handoffs);
        Assert.Equal(4.0 / 7, report.Overall.EscalationRate!.Value, 9);
        Assert.Equal(report.Overall.Conversations - report.Previous.Conversations, report.Change.Conversations);
        Assert.Empty(report.Groups);
    }

    [Theory]
    [InlineData(SupervisionDimension.Channel)]
    [InlineData(SupervisionDimension.Intent)]
    [InlineData(SupervisionDimension.Locale)]
    [InlineData(SupervisionDimension.Agent)]
    [InlineData(SupervisionDimension.Team)]
    [InlineData(SupervisionDimension.Day)]
    [InlineData(SupervisionDimension.Hour)]
    public async Task Every_group_drills_down_to_exactly_as_many_conversations_as_it_counts(SupervisionDimension dimension)
    {
        var report = await _desk.ReportAsync(SyntheticHistory.From, SyntheticHistory.To, dimension, CancellationToken.None);

        Assert.NotEmpty(report.Groups);
        foreach (var group in report.Groups)
        {
            var drill = await _desk.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To,
                new DrillDown(dimension, group.Key, KpiFilter.All), 100, CancellationToken.None);
            Assert.Equal(group.Figures.Conversations, drill.Total);
            var escalated = await _desk.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To,
                new DrillDown(dimension, group.Key, KpiFilter.Escalated), 100, CancellationToken.None);
            Assert.Equal(Math.Round((group.Figures.EscalationRate ?? 0) * group.Figures.Conversations), escalated.Total);
        }
    }

    [Fact]
    public async Task Drills_from_a_KPI_to_its_conversations_newest_first_and_keeps_the_total_when_it_shows_fewer()
    {
        var all = await _desk.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To, new DrillDown(null, null, KpiFilter.All), 3, CancellationToken.None);
        var escalated = await _desk.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To, new DrillDown(null, null, KpiFilter.Escalated), 100, CancellationToken.None);
        var contained = await _desk.ConversationsAsync(SyntheticHistory.From, SyntheticHistory.To, new DrillDown(null, null, KpiFilter.Contained), 100, CancellationToken.None);

        Assert.Equal(7, all.Total);
        Assert.Equal(3, all.Conversations.Count);
        Assert.True(all.Conversations[0].StartedAt >= all.Conversations[^1].StartedAt);
        Assert.Equal(4, escalated.Total);
        Assert.All(escalated.Conversations, c => Assert.True(c.Escalated));
        Assert.Equal(2, contained.Total);
        Assert.DoesNotContain(contained.Conversations, c => c.ConversationId == SyntheticHistory.TeamsConversation);
    }

    public void Dispose() => _database.Dispose();
}
