namespace ConversationalCare.HandoffConsole.Quality;

/// <summary>The periods quality figures are shown for; reviews of a week arrive the week after, so they are weeks long.</summary>
public sealed record QualityPeriod(string Key, string Label, int Days)
{
    public static readonly QualityPeriod FourWeeks = new("4w", "Last 4 weeks", 28);
    public static readonly IReadOnlyList<QualityPeriod> All = [FourWeeks, new("12w", "Last 12 weeks", 84), new("52w", "Last 52 weeks", 364)];

    public static QualityPeriod Find(string? key) => All.FirstOrDefault(p => p.Key == key) ?? FourWeeks;

    /// <summary>Conversations resolved in [now − days, now).</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(DateTimeOffset now) => (now.AddDays(-Days), now);

    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %" : "–";
}
