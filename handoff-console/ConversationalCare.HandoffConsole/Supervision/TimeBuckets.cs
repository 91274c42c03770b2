using System.Globalization;

namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// The time chart's buckets: today by the hour, longer periods by the day, every one of them listed even without
/// conversations. Keys are the bot's group keys for <see cref="SupervisionDimension.Day"/> and <see cref="SupervisionDimension.Hour"/>.
/// </summary>
public static class TimeBuckets
{
    private static readonly SupervisionFigures Empty = new(0, 0, null, null, null, null, null, null, null, null);

    /// <summary>A single day is too coarse to see a morning rush, so it is charted per hour.</summary>
    public static SupervisionDimension UnitOf(SupervisionPeriod period) => period.Days == 1 ? SupervisionDimension.Hour : SupervisionDimension.Day;

    public static string Key(DateTimeOffset at, SupervisionDimension unit) => unit == SupervisionDimension.Hour
        ? at.UtcDateTime.ToString("yyyy-MM-ddTHH:00Z", CultureInfo.InvariantCulture)
        : at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-14T09:00Z" reads as "09:00–10:00".</summary>
    public static string HourLabel(string key) =>
        key.Length >= 13 && int.TryParse(key[11..13], CultureInfo.InvariantCulture, out var hour) ? $"{hour:00}:00–{(hour + 1) % 24:00}:00" : key;

    /// <summary>Every bucket in [from, to) in order; those the report has no group for (no conversations) are zero.</summary>
    public static IReadOnlyList<SupervisionGroup> Fill(SupervisionReport report, DateTimeOffset from, DateTimeOffset to, SupervisionDimension unit)
    {
        var byKey = report.Groups.ToDictionary(g => g.Key);
        var step = unit == SupervisionDimension.Hour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var buckets = new List<SupervisionGroup>();
        for (var at = from; at < to; at += step)
        {
            var key = Key(at, unit);
            buckets.Add(byKey.TryGetValue(key, out var group) ? group : new SupervisionGroup(key, Empty));
        }
        return buckets;
    }
}
