using System.Globalization;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>Whether people are meant to be working now, from <see cref="HandoffOptions"/>' hours, days and time zone.</summary>
public static class OpeningHours
{
    public static bool IsOpen(DateTimeOffset now, HandoffOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!string.IsNullOrWhiteSpace(options.OpenDays))
        {
            var day = local.DayOfWeek.ToString()[..3];
            var open = options.OpenDays.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!open.Contains(day, StringComparer.OrdinalIgnoreCase)) return false;
        }
        if (string.IsNullOrWhiteSpace(options.OpeningHours)) return true;
        var (from, to) = Parse(options.OpeningHours);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return from <= to ? time >= from && time < to : time >= from || time < to;
    }

    /// <summary>"09:00-18:00"; throws with a clear message otherwise (validated at start).</summary>
    public static (TimeOnly From, TimeOnly To) Parse(string hours)
    {
        var parts = hours.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            return (from, to);
        throw new FormatException($"Opening hours '{hours}' must look like 09:00-18:00.");
    }
}
