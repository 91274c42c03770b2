using System.Globalization;

namespace ConversationalCare.Bot.Supervision;

/// <summary>The [from, to) period of a report request, as the KPI, export and quality endpoints all take it.</summary>
public static class ReportPeriod
{
    /// <summary>
    /// from and to are ISO 8601 (UTC unless an offset is given); to defaults to now and from to
    /// <paramref name="defaultDays"/> before to. Returns the reason when the request cannot be answered.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To, string? Error) Parse(string? from, string? to, DateTimeOffset now, int defaultDays, int maxDays)
    {
        if (!TryTime(to, now, out var end)) return (default, default, $"to '{to}' is not an ISO 8601 date or time, such as 2026-11-24 or 2026-11-24T08:00:00Z.");
        if (!TryTime(from, end.AddDays(-defaultDays), out var start)) return (default, default, $"from '{from}' is not an ISO 8601 date or time, such as 2026-11-17 or 2026-11-17T08:00:00Z.");
        if (start >= end) return (default, default, "from must be earlier than to.");
        if (end - start > TimeSpan.FromDays(maxDays)) return (default, default, $"The period may span at most {maxDays} days.");
        return (start, end, null);
    }

    private static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset time)
    {
        time = fallback;
        return string.IsNullOrWhiteSpace(text)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
