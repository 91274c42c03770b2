using Bunit;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>Ada sets a team's first-response targets, weekly hours, closed dates and the promise for a left message.</summary>
public class TeamHoursEditorTests : TeamsPageContext
{
    private IRenderedComponent<TeamsPage> OpenBilling()
    {
        var page = Open();
        page.Find("[data-testid=team-edit-billing]").Click();
        return page;
    }

    [Fact]
    public void Shows_the_teams_hours_as_stored()
    {
        var page = OpenBilling();

        Assert.Equal("180", page.Find("[data-testid=hours-p2]").GetAttribute("value"));
        Assert.Equal("Europe/Berlin", page.Find("[data-testid=hours-timezone]").GetAttribute("value"));
        Assert.True(page.Find("[data-testid=hours-open-friday]").HasAttribute("checked"));
        Assert.False(page.Find("[data-testid=hours-open-saturday]").HasAttribute("checked"));
        Assert.NotNull(page.Find("[data-testid=hours-closed-2026-12-25]"));
        Assert.Equal("48", page.Find("[data-testid=hours-reply]").GetAttribute("value"));
    }

    [Fact]
    public void Edits_are_sent_as_the_whole_promise_with_only_the_ticked_days()
    {
        var page = OpenBilling();

        page.Find("[data-testid=hours-p1]").Change("30");
        page.Find("[data-testid=hours-timezone]").Change("Asia/Shanghai");
        page.Find("[data-testid=hours-open-friday]").Change(false);
        page.Find("[data-testid=hours-open-saturday]").Change(true);
        page.Find("[data-testid=hours-opens-saturday]").Change("10:00");
        page.Find("[data-testid=hours-closes-saturday]").Change("14:00");
        page.Find("[data-testid=hours-closed-remove-2026-12-25]").Click();
        page.Find("[data-testid=hours-closed-new]").Change("2026-10-01");
        page.Find("[data-testid=hours-closed-add]").Click();
        page.Find("[data-testid=hours-reply]").Change("72");
        page.Find("[data-testid=hours-editor]").Submit();

        var (team, hours) = Assert.Single(Teams.HoursSaved);
        Assert.Equal("billing", team);
        Assert.Equal(new PrioritySeconds(30, 180, 600), hours.FirstResponseSeconds);
        Assert.Equal("Asia/Shanghai", hours.TimeZone);
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "saturday"], hours.WeeklyHours!.Select(d => d.Day));
        Assert.Equal(new WeekdayHours("saturday", "10:00", "14:00"), hours.WeeklyHours![^1]);
        Assert.Equal(["2026-10-01"], hours.ClosedDates);
        Assert.Equal(72, hours.TicketReplyHours);
        Assert.NotNull(page.Find("[data-testid=team-saved]"));
    }

    [Fact]
    public void No_day_ticked_is_explained_as_around_the_clock_and_sent_as_no_weekly_hours()
    {
        var page = OpenBilling();

        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday" })
            page.Find($"[data-testid=hours-open-{day}]").Change(false);

        Assert.Contains("open around the clock", page.Find("[data-testid=hours-summary]").TextContent);
        page.Find("[data-testid=hours-editor]").Submit();
        Assert.Empty(Assert.Single(Teams.HoursSaved).Hours.WeeklyHours!);
    }

    [Fact]
    public void A_refused_time_zone_and_day_show_their_problems_beside_them_and_keep_what_was_typed()
    {
        var page = OpenBilling();
        Teams.Refuse = new()
        {
            ["timeZone"] = ["Give a known IANA time zone such as Asia/Shanghai or Europe/Berlin."],
            ["weeklyHours[1].opens"] = ["Give a time as HH:mm (24-hour clock)."],
        };

        page.Find("[data-testid=hours-timezone]").Change("Mars/Olympus_Mons");
        page.Find("[data-testid=hours-editor]").Submit();

        Assert.Contains("IANA", page.Find("[data-testid=problem-timeZone]").TextContent);
        Assert.Equal("Mars/Olympus_Mons", page.Find("[data-testid=hours-timezone]").GetAttribute("value"));
        var tuesdayProblem = page.Find("[data-testid=hours-day-tuesday] + [data-testid='problem-weeklyHours[1].opens']");
        Assert.Equal("Give a time as HH:mm (24-hour clock).", tuesdayProblem.TextContent);
        Assert.Equal("Europe/Berlin", Teams.Teams.Single(t => t.Name == "billing").Hours.TimeZone);
    }
}
