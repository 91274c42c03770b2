using System.Globalization;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// Reads a team's service promise at a moment: is the team working now, how long may the first response take, and
/// how a promised time reads for the customer. Opens equal to closes means the whole day; closes before opens runs
/// past midnight into the next day. A closed date closes the whole local day, overnight spill included.
/// </summary>
public static class ServiceHours
{
    public static bool IsOpen(TeamServiceHours hours, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone(hours)).DateTime;
        if (hours.ClosedDates.Contains(DateOnly.FromDateTime(local))) return false;
        if (hours.WeeklyHours.Count == 0) return true;
        var time = TimeOnly.FromDateTime(local);
        var yesterday = (DayOfWeek)(((int)local.DayOfWeek + 6) % 7);
        return hours.WeeklyHours.Any(h => h.Day == local.DayOfWeek && OpenOnItsDay(h, time))
            || hours.WeeklyHours.Any(h => h.Day == yesterday && h.Closes < h.Opens && time < h.Closes);
    }

    private static bool OpenOnItsDay(DayHours day, TimeOnly time) =>
        day.Opens == day.Closes || (day.Opens < day.Closes ? time >= day.Opens && time < day.Closes : time >= day.Opens);

    public static TimeSpan FirstResponseTarget(TeamServiceHours hours, int priority) => TimeSpan.FromSeconds(priority switch
    {
        1 => hours.FirstResponseSecondsP1,
        2 => hours.FirstResponseSecondsP2,
        _ => hours.FirstResponseSecondsP3,
    });

    /// <summary>A promised time the customer can read: their language's date format, in the team's time zone.</summary>
    public static string ForCustomer(TeamServiceHours hours, DateTimeOffset at, string locale) =>
        TimeZoneInfo.ConvertTime(at, Zone(hours)).ToString("f", CultureInfo.GetCultureInfo(locale)) + $" ({hours.TimeZone})";

    /// <summary>Sorts weekdays the way a working week is read.</summary>
    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static TimeZoneInfo Zone(TeamServiceHours hours) => TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
}
