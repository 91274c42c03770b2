using System.Globalization;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>Turns the hours an admin sent into a team's service promise, or says field by field what is wrong.</summary>
public static class TeamHoursInput
{
    public static TeamServiceHours? Parse(TeamHours body, FieldErrors errors)
    {
        var seconds = body.FirstResponseSeconds;
        if (seconds is null) errors.Add("firstResponseSeconds", "Give first-response targets for P1, P2 and P3 in seconds.");
        var p1 = Seconds(seconds?.P1, "P1", seconds is not null, errors);
        var p2 = Seconds(seconds?.P2, "P2", seconds is not null, errors);
        var p3 = Seconds(seconds?.P3, "P3", seconds is not null, errors);

        var zone = body.TimeZone?.Trim() ?? "";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) || !found.HasIanaId)
            errors.Add("timeZone", "Give a known IANA time zone such as Asia/Shanghai or Europe/Berlin.");

        var weekly = new List<DayHours>();
        foreach (var (day, i) in (body.WeeklyHours ?? []).Select((d, i) => (d, i)))
        {
            var field = $"weeklyHours[{i}]";
            var parsedDay = Enum.TryParse<DayOfWeek>(day?.Day?.Trim(), ignoreCase: true, out var d) && !int.TryParse(day?.Day, out _) ? d : (DayOfWeek?)null;
            if (parsedDay is null) errors.Add($"{field}.day", "Give a weekday: monday, tuesday, … sunday.");
            var opens = Time(day?.Opens, $"{field}.opens", errors);
            var closes = Time(day?.Closes, $"{field}.closes", errors);
            if (parsedDay is { } valid && weekly.Any(w => w.Day == valid)) errors.Add($"{field}.day", $"{valid} is listed twice.");
            if (parsedDay is { } ok && opens is { } o && closes is { } c) weekly.Add(new DayHours(ok, o, c));
        }

        var closed = new List<DateOnly>();
        foreach (var (date, i) in (body.ClosedDates ?? []).Select((d, i) => (d, i)))
        {
            if (DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) closed.Add(parsed);
            else errors.Add($"closedDates[{i}]", "Give a date as yyyy-MM-dd.");
        }
        if (closed.Count > 366) errors.Add("closedDates", "List at most 366 closed dates.");

        if (body.TicketReplyHours is not (>= 1 and <= 720))
            errors.Add("ticketReplyHours", "Promise a reply to a left message within 1 to 720 hours.");

        return errors.Any ? null : new TeamServiceHours(p1!.Value, p2!.Value, p3!.Value, zone,
            [.. weekly.OrderBy(w => ServiceHours.MondayFirst(w.Day))], [.. closed.Distinct().Order()], body.TicketReplyHours!.Value);
    }

    private static int? Seconds(int? value, string priority, bool given, FieldErrors errors)
    {
        if (given && value is not (>= 1 and <= 86_400)) errors.Add($"firstResponseSeconds.{priority}", "Give 1 to 86400 seconds.");
        return value;
    }

    private static TimeOnly? Time(string? value, string field, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add(field, "Give a time as HH:mm (24-hour clock).");
        return null;
    }
}
