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
        var chart = page.Find("[data-testid=time-chart] svg");
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains("120 conversations in all", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(7, page.FindAll("[data-testid=day-bar]").Count);
        Assert.NotNull(page.Find("[data-testid=time-chart] polyline"));
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

        page.Find("[data-testid=day-bar][data-bucket='2026-03-12']").Click();
        Assert.Equal("c-refund", page.Find("[data-testid=drill-row] a").TextContent["cust-".Length..]);

        page.FindAll("[data-testid=group-row] button")[2].Click();
        Assert.Equal(new DrillDown(SupervisionDimension.Intent, "greeting", KpiFilter.All), Supervision.DrillCalls[^1]);
        Assert.Equal("No conversations match.", page.Find("[data-testid=drill-empty]").TextContent);
    }

    [Fact]
    public void Today_is_charted_per_hour_all_24_UTC_hours_with_quiet_hours_as_zero_and_a_table_alternative()
    {
        Supervision.Reports[SupervisionDimension.Hour] = Report(Figures(17, 4), Figures(15, 3),
            [new("2026-03-14T08:00Z", Figures(12, 3, escalation: 0.25)), new("2026-03-14T09:00Z", Figures(5, 1, escalation: 0.2))]);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/supervision?period=today");

        var page = Render<SupervisionPage>();

        var today = new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero);
        Assert.Contains((today, today.AddDays(1), (SupervisionDimension?)SupervisionDimension.Hour), Supervision.ReportCalls);
        Assert.Equal("Per hour", page.Find("#time-heading").TextContent);
        var bars = page.FindAll("[data-testid=hour-bar]");
        Assert.Equal(24, bars.Count);
        Assert.Equal("2026-03-14T00:00Z", bars[0].GetAttribute("data-bucket"));
        Assert.Equal("2026-03-14T23:00Z", bars[^1].GetAttribute("data-bucket"));
        Assert.Equal("0", bars[7].GetAttribute("height"));
        Assert.Equal("08:00–09:00: 12 conversations, escalation 25%", bars[8].QuerySelector("title")!.TextContent);
        Assert.Contains("24 hours from 00:00–01:00 to 23:00–00:00: 17 conversations in all, busiest 08:00–09:00 with 12",
            page.Find("[data-testid=time-chart] desc").TextContent);
        Assert.Empty(page.FindAll("[data-testid=day-bar]"));

        var rows = page.FindAll("[data-testid=time-row]");
        Assert.Equal(24, rows.Count);
        Assert.Equal(["09:00–10:00", "5", "20%"], rows[9].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["10:00–11:00", "0", "—"], rows[10].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void Clicking_an_hour_lists_the_conversations_started_in_it()
    {
        Supervision.Reports[SupervisionDimension.Hour] = Report(Figures(3, 2), Figures(0, 0), [new("2026-03-14T07:00Z", Figures(1, 1))]);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/supervision?period=today");
        var page = Render<SupervisionPage>();

        page.Find("[data-testid=hour-bar][data-bucket='2026-03-14T07:00Z']").Click();

        Assert.Equal(new DrillDown(SupervisionDimension.Hour, "2026-03-14T07:00Z", KpiFilter.All), Supervision.DrillCalls.Single());
        Assert.Equal("Conversations started 07:00–08:00 UTC on 2026-03-14", page.Find("#drill-title").TextContent);
        Assert.Equal("/console/conversations/c-track-2", page.Find("[data-testid=drill-row] a").GetAttribute("href"));
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
