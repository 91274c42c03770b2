using Bunit;
using ConversationalCare.HandoffConsole.Supervision;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

public class SupervisionPageTests : SupervisionPageContext
{
    private static string Text(IRenderedComponent<SupervisionPage> page, string selector) =>
        string.Join(' ', page.Find(selector).TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Tiles_show_each_figure_with_its_change_in_words_not_colour_alone()
    {
        var page = Render<SupervisionPage>();

        Assert.Equal("120", Text(page, "[data-testid=tile-conversations] [data-testid=value]"));
        Assert.Equal("▲ 20", Text(page, "[data-testid=tile-conversations] [data-testid=change]"));
        Assert.Equal("25%", Text(page, "[data-testid=tile-escalation] [data-testid=value]"));
        Assert.Equal("▲ 5 pts, worse", Text(page, "[data-testid=tile-escalation] [data-testid=change]"));
        Assert.Equal("1 min 30 s", Text(page, "[data-testid=tile-first-response] [data-testid=value]"));
        Assert.Equal("▼ 30 s, better", Text(page, "[data-testid=tile-first-response] [data-testid=change]"));
        Assert.Equal("▬ no change", Text(page, "[data-testid=tile-handling] [data-testid=change]"));
        Assert.Contains("4.2 / 5", Text(page, "[data-testid=tile-csat]"));
        Assert.Contains("80% gave 4–5", Text(page, "[data-testid=tile-csat]"));
        Assert.Equal("▼ 5 pts, better", Text(page, "[data-testid=tile-sla-breach] [data-testid=change]"));
        Assert.Equal(KpiTile.All.Count, page.FindAll("[data-testid=kpi-tiles] .tile").Count);
    }

    [Fact]
    public void Asks_for_the_last_seven_whole_days_by_default_and_charts_every_day_even_empty_ones()
    {
        var page = Render<SupervisionPage>();

        var expectedFrom = new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.Zero);
        Assert.Contains((expectedFrom, expectedFrom.AddDays(7), (SupervisionDimension?)SupervisionDimension.Day), Supervision.ReportCalls);
        var chart = page.Find("[data-testid=daily-chart] svg");
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains("120 conversations in all", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(7, page.FindAll("[data-testid=day-bar]").Count);
        Assert.NotNull(page.Find("[data-testid=daily-chart] polyline"));
    }

    [Fact]
    public void Breaks_down_by_intent_with_one_bar_and_one_table_row_per_group_largest_first()
    {
        var page = Render<SupervisionPage>();

        var bars = page.FindAll("[data-testid=breakdown-chart] svg [data-testid=group-bar]");
        Assert.Equal(["order.track", "billing.refund", "greeting"], bars.Select(b => b.GetAttribute("data-group")));
        Assert.Equal(3, page.FindAll("[data-testid=group-row]").Count);
        Assert.Contains("Conversations by intent", page.Find("[data-testid=breakdown-chart] svg title").TextContent);
    }

    [Fact]
    public void A_link_can_open_thirty_days_broken_down_by_channel()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/supervision?period=30d&by=channel");

        var page = Render<SupervisionPage>();

        Assert.Equal(30, page.FindAll("[data-testid=day-bar]").Count);
        Assert.Equal(2, page.FindAll("[data-testid=group-bar]").Count);
        Assert.Equal("true", page.Find("[data-testid=period-30d]").GetAttribute("aria-current"));
        Assert.Equal("true", page.Find("[data-testid=by-channel]").GetAttribute("aria-current"));
    }

    [Fact]
    public void Clicking_a_bar_lists_the_conversations_behind_it_with_links()
    {
        var page = Render<SupervisionPage>();

        page.Find("[data-testid=group-bar][data-group='order.track']").Click();

        Assert.Equal(new DrillDown(SupervisionDimension.Intent, "order.track", KpiFilter.All), Supervision.DrillCalls.Single());
        var rows = page.FindAll("[data-testid=drill-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("/console/conversations/c-track", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("order.track", page.Find("#drill-title").TextContent);
    }

    [Fact]
    public void Clicking_a_tile_lists_the_conversations_its_figure_counts()
    {
        var page = Render<SupervisionPage>();

        page.Find("[data-testid=tile-sla-breach]").Click();

        Assert.Equal(KpiFilter.SlaBreached, Supervision.DrillCalls.Single().Kpi);
        var row = page.Find("[data-testid=drill-row]");
        Assert.Equal("/console/conversations/c-refund", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Breached", row.TextContent);
        Assert.Equal("1 conversation", Text(page, "[data-testid=drill-count]"));
    }

    [Fact]
    public void Clicking_a_day_or_a_group_row_drills_down_too()
    {
        var page = Render<SupervisionPage>();

        page.Find("[data-testid=day-bar][data-day='2026-03-12']").Click();
        Assert.Equal("c-refund", page.Find("[data-testid=drill-row] a").TextContent["cust-".Length..]);

        page.FindAll("[data-testid=group-row] button")[2].Click();
        Assert.Equal(new DrillDown(SupervisionDimension.Intent, "greeting", KpiFilter.All), Supervision.DrillCalls[^1]);
        Assert.Equal("No conversations match.", page.Find("[data-testid=drill-empty]").TextContent);
    }

    [Fact]
    public void Says_so_plainly_when_the_figures_cannot_be_computed()
    {
        Supervision.Failure = new InvalidOperationException("database locked");

        var page = Render<SupervisionPage>();

        Assert.Contains("could not be computed", page.Find("[data-testid=supervision-error]").TextContent);
        Assert.DoesNotContain("database locked", page.Markup);
    }
}
