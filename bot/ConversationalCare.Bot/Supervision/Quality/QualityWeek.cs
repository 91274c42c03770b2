using System.Globalization;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>An ISO 8601 week in UTC: Monday 00:00 to the next Monday 00:00.</summary>
public readonly record struct QualityWeek(int Year, int Number)
{
    public DateTimeOffset Start => new(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday), TimeSpan.Zero);
    public DateTimeOffset End => Start.AddDays(7);
    public QualityWeek Previous => Containing(Start.AddDays(-1));

    public static QualityWeek Containing(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new QualityWeek(ISOWeek.GetYear(utc), ISOWeek.GetWeekOfYear(utc));
    }

    /// <summary>The last week that is over at <paramref name="now"/>.</summary>
    public static QualityWeek LastFinished(DateTimeOffset now) => Containing(now).Previous;

    public override string ToString() => $"{Year:D4}-W{Number:D2}";
}
