namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// A period a supervisor can choose, in whole UTC days ending with today, so its days line up with the daily chart
/// and the previous period (the same number of days just before) is a fair comparison.
/// </summary>
public sealed record SupervisionPeriod(string Key, string Label, int Days, string PreviousLabel)
{
    public static readonly SupervisionPeriod Today = new("today", "Today", 1, "yesterday");
    public static readonly SupervisionPeriod Week = new("7d", "7 days", 7, "the 7 days before");
    public static readonly SupervisionPeriod Month = new("30d", "30 days", 30, "the 30 days before");

    public static readonly IReadOnlyList<SupervisionPeriod> All = [Today, Week, Month];

    /// <summary>The period a link names, or 7 days when it names none or one that does not exist.</summary>
    public static SupervisionPeriod Find(string? key) =>
        All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)) ?? Week;

    /// <summary>From the start of the first day to the end of today (UTC).</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(DateTimeOffset now)
    {
        var tomorrow = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        return (tomorrow.AddDays(-Days), tomorrow);
    }
}
