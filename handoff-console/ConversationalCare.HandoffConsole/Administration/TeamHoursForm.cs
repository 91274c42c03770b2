namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// What the hours editor edits: a row per weekday with a tick, so "no day ticked" is visibly the around-the-clock
/// case, and the closed dates as a list the admin adds to and removes from. The bot checks every value.
/// </summary>
public sealed class TeamHoursForm
{
    public int? P1 { get; set; }
    public int? P2 { get; set; }
    public int? P3 { get; set; }
    public string TimeZone { get; set; } = "";
    public IReadOnlyList<DayRow> Days { get; } = [.. MondayFirst.Select(day => new DayRow(day))];
    public List<string> ClosedDates { get; } = [];
    public string? NewClosedDate { get; set; }
    public int? TicketReplyHours { get; set; }

    public static IReadOnlyList<DayOfWeek> MondayFirst { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool AroundTheClock => !Days.Any(d => d.Open);

    public static TeamHoursForm From(TeamHours hours)
    {
        var form = new TeamHoursForm
        {
            P1 = hours.FirstResponseSeconds?.P1, P2 = hours.FirstResponseSeconds?.P2, P3 = hours.FirstResponseSeconds?.P3,
            TimeZone = hours.TimeZone ?? "", TicketReplyHours = hours.TicketReplyHours,
        };
        foreach (var day in hours.WeeklyHours ?? [])
        {
            if (form.Days.FirstOrDefault(d => string.Equals(d.Day.ToString(), day.Day, StringComparison.OrdinalIgnoreCase)) is not { } row) continue;
            (row.Open, row.Opens, row.Closes) = (true, day.Opens ?? "", day.Closes ?? "");
        }
        form.ClosedDates.AddRange(hours.ClosedDates ?? []);
        return form;
    }

    public void AddClosedDate()
    {
        if (string.IsNullOrWhiteSpace(NewClosedDate) || ClosedDates.Contains(NewClosedDate)) return;
        ClosedDates.Add(NewClosedDate);
        ClosedDates.Sort(StringComparer.Ordinal);
        NewClosedDate = null;
    }

    /// <summary>Only ticked days are sent, Monday first: the API names a day's problem by its place in that list.</summary>
    public TeamHours ToHours() => new(new PrioritySeconds(P1, P2, P3), TimeZone.Trim(),
        [.. Days.Where(d => d.Open).Select(d => new WeekdayHours(d.Day.ToString().ToLowerInvariant(), d.Opens, d.Closes))],
        [.. ClosedDates], TicketReplyHours);

    /// <summary>The API's name for a part of a day's row ("weeklyHours[0].opens"), or null when the day is not sent.</summary>
    public string? FieldOf(DayRow row, string part)
    {
        var index = Days.Where(d => d.Open).ToList().IndexOf(row);
        return index < 0 ? null : $"weeklyHours[{index}].{part}";
    }
}

/// <summary>One weekday: open or not, and from when to when as "HH:mm".</summary>
public sealed class DayRow(DayOfWeek day)
{
    public DayOfWeek Day { get; } = day;
    public bool Open { get; set; }
    public string Opens { get; set; } = "09:00";
    public string Closes { get; set; } = "18:00";
}
