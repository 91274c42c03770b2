using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Routing;

namespace ConversationalCare.Bot.Tests.Handoff.Routing;

/// <summary>Whether a team is working at a moment, in its own time zone.</summary>
public class ServiceHoursTests
{
    private static TeamServiceHours Shanghai(IReadOnlyList<DayHours> weekly, params DateOnly[] closed) =>
        new(60, 180, 300, "Asia/Shanghai", weekly, closed, 24);

    private static readonly TimeOnly Nine = new(9, 0), Six = new(18, 0);

    // 2026-12-07 is a Monday; Shanghai is UTC+8.
    private static DateTimeOffset Utc(int day, int hour) => new(2026, 12, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_within_a_listed_days_hours_in_the_teams_time_zone()
    {
        var hours = Shanghai([new DayHours(DayOfWeek.Monday, Nine, Six)]);

        Assert.True(ServiceHours.IsOpen(hours, Utc(7, 2)));    // Monday 10:00 in Shanghai
        Assert.False(ServiceHours.IsOpen(hours, Utc(7, 11)));  // Monday 19:00 in Shanghai, still 11:00 in UTC
        Assert.False(ServiceHours.IsOpen(hours, Utc(8, 2)));   // Tuesday is not listed
    }

    [Fact]
    public void Hours_past_midnight_belong_to_the_day_they_open()
    {
        var hours = Shanghai([new DayHours(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(2, 0))]);

        Assert.True(ServiceHours.IsOpen(hours, Utc(11, 15)));  // Friday 23:00
        Assert.True(ServiceHours.IsOpen(hours, Utc(11, 17)));  // Saturday 01:00
        Assert.False(ServiceHours.IsOpen(hours, Utc(11, 19))); // Saturday 03:00
    }

    [Fact]
    public void No_weekly_hours_means_around_the_clock_and_a_closed_date_closes_the_whole_day()
    {
        var hours = Shanghai([], new DateOnly(2026, 12, 8));

        Assert.True(ServiceHours.IsOpen(hours, Utc(7, 15)));   // Monday 23:00
        Assert.False(ServiceHours.IsOpen(hours, Utc(7, 16)));  // Tuesday 00:00, a holiday in Shanghai
        Assert.True(ServiceHours.IsOpen(hours, Utc(8, 16)));   // Wednesday 00:00
    }

    [Fact]
    public void The_configured_hours_become_the_seeded_teams_hours()
    {
        var hours = DefaultTeams.ServiceHoursFrom(new HandoffOptions
        {
            OpeningHours = "09:00-18:00", OpenDays = "Fri,Mon", TimeZone = "Asia/Shanghai", TicketReplyHours = 48, FirstResponseSecondsP1 = 30,
        });

        Assert.Equal([new DayHours(DayOfWeek.Monday, Nine, Six), new DayHours(DayOfWeek.Friday, Nine, Six)], hours.WeeklyHours);
        Assert.Equal(("Asia/Shanghai", 48, 30), (hours.TimeZone, hours.TicketReplyHours, hours.FirstResponseSecondsP1));
        Assert.Empty(DefaultTeams.ServiceHoursFrom(new HandoffOptions()).WeeklyHours);
    }
}
