using Bunit;
using ConversationalCare.HandoffConsole.Supervision;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

/// <summary>The page stays current while sam watches it: no reload for new figures, follow-ups or incidents.</summary>
public class SupervisionLiveTests : SupervisionPageContext
{
    private int FigureCalls => Supervision.ReportCalls.Count;

    [Fact]
    public async Task A_follow_up_raised_in_the_background_appears_within_a_few_seconds()
    {
        var page = Render<SupervisionPage>();
        Assert.Empty(page.FindAll("[data-testid=followup-row]"));

        Alerts.FollowUps.Add(new(Guid.NewGuid(), "c-new", 2, "Rude and slow", "cust-9c1d", Start, null, null));
        Alerts.Incidents.Add(new(Guid.NewGuid(), "delivery_complaint", 40, 3, 2, Start, Start, []));
        var reads = Alerts.Reads;
        await Tests.Eventually.True(() => Alerts.Reads > reads, step: () => Clock.Advance(TimeSpan.FromMilliseconds(500)));

        Eventually(page, () => Assert.Equal("c-new", page.Find("[data-testid=followup-row]").GetAttribute("data-conversation-id")));
        Eventually(page, () => Assert.Equal("delivery_complaint", page.Find("[data-testid=incident-intent]").TextContent));
        Assert.True(Clock.GetUtcNow() - Start <= TimeSpan.FromSeconds(4), $"took {Clock.GetUtcNow() - Start}");
    }

    [Fact]
    public async Task A_burst_of_conversation_changes_recomputes_the_figures_once_after_a_quiet_moment()
    {
        var page = Render<SupervisionPage>();
        var before = FigureCalls;
        Supervision.Reports[SupervisionDimension.Day] = Supervision.Reports[SupervisionDimension.Day] with
        {
            Overall = Figures(121, 31, escalation: 0.26),
        };

        for (var i = 0; i < 30; i++) Desk.Announce($"c-{i}");
        await Tests.Eventually.True(() => Desk.Unread == 0);
        await Task.Delay(50); // lets the last change reach the watch before the clock moves
        await Tests.Eventually.True(() => FigureCalls > before, step: () => Clock.Advance(TimeSpan.FromMilliseconds(250)));

        Eventually(page, () => Assert.Equal("121", page.Find("[data-testid=tile-conversations] [data-testid=value]").TextContent.Trim()));
        // One recomputation (the chart's report and the breakdown's), not thirty.
        await Task.Delay(100);
        Assert.Equal(before + 2, FigureCalls);
        Assert.Contains("kept up to date", page.Find("[data-testid=computed]").TextContent);
    }

    [Fact]
    public async Task Figures_are_recomputed_now_and_then_even_when_no_conversation_changes()
    {
        var page = Render<SupervisionPage>();
        var before = FigureCalls;

        await Tests.Eventually.True(() => FigureCalls > before, step: () => Clock.Advance(TimeSpan.FromSeconds(3)));

        Assert.True(Clock.GetUtcNow() - Start <= SupervisionLiveAt.Most, $"took {Clock.GetUtcNow() - Start}");
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_figures_on_screen_and_says_how_old_they_are()
    {
        var page = Render<SupervisionPage>();
        Supervision.Failure = new InvalidOperationException("database locked");

        Desk.Announce("c-1");
        await Tests.Eventually.True(() => Desk.Unread == 0);
        await Task.Delay(50);
        var before = FigureCalls;
        await Tests.Eventually.True(() => FigureCalls > before, step: () => Clock.Advance(TimeSpan.FromMilliseconds(250)));

        Eventually(page, () => Assert.Contains("could not be refreshed just now", page.Find("[data-testid=stale-figures]").TextContent));
        Assert.Equal("120", page.Find("[data-testid=tile-conversations] [data-testid=value]").TextContent.Trim());
        Assert.DoesNotContain("database locked", page.Markup);
    }

    private static class SupervisionLiveAt
    {
        /// <summary>The figures are never older than this while the page is open, plus one alerts tick.</summary>
        public static readonly TimeSpan Most = TimeSpan.FromSeconds(33);
    }
}
