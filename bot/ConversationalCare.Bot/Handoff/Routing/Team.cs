namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// A team agents belong to and handoffs are routed to, with its own service promise: first-response targets per
/// priority, business hours in its time zone, closed dates, and the reply time promised for a left message.
/// Administered in the console; the six teams of a fresh install are seeded from <see cref="HandoffOptions"/>.
/// </summary>
public sealed class Team
{
    private Team() { }

    public Team(string name, string displayName, TeamServiceHours hours, DateTimeOffset now)
    {
        Name = name;
        DisplayName = displayName;
        FirstResponseSecondsP1 = hours.FirstResponseSecondsP1;
        FirstResponseSecondsP2 = hours.FirstResponseSecondsP2;
        FirstResponseSecondsP3 = hours.FirstResponseSecondsP3;
        TimeZone = hours.TimeZone;
        WeeklyHours = [.. hours.WeeklyHours];
        ClosedDates = [.. hours.ClosedDates];
        TicketReplyHours = hours.TicketReplyHours;
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Lower-case key stored on handoffs and agents, e.g. "billing-cn"; never changes once created.</summary>
    public string Name { get; private set; } = "";
    /// <summary>What people read; renaming a team changes only this.</summary>
    public string DisplayName { get; private set; } = "";
    /// <summary>Archived teams take no new handoffs and are hidden from pickers; their history stays.</summary>
    public bool Archived { get; private set; }
    public int FirstResponseSecondsP1 { get; private set; }
    public int FirstResponseSecondsP2 { get; private set; }
    public int FirstResponseSecondsP3 { get; private set; }
    /// <summary>IANA time zone the hours and closed dates are in.</summary>
    public string TimeZone { get; private set; } = "UTC";
    /// <summary>Opening hours per weekday; empty means open around the clock, and a day not listed is closed.</summary>
    public List<DayHours> WeeklyHours { get; private set; } = [];
    /// <summary>Holidays: whole local days closed whatever the weekday says.</summary>
    public List<DateOnly> ClosedDates { get; private set; } = [];
    public int TicketReplyHours { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public TeamServiceHours ServiceHours => new(FirstResponseSecondsP1, FirstResponseSecondsP2, FirstResponseSecondsP3,
        TimeZone, WeeklyHours, ClosedDates, TicketReplyHours);

    public bool Rename(string displayName, DateTimeOffset now)
    {
        if (DisplayName == displayName) return false;
        DisplayName = displayName;
        UpdatedAt = now;
        return true;
    }

    public bool SetArchived(bool archived, DateTimeOffset now)
    {
        if (Archived == archived) return false;
        Archived = archived;
        UpdatedAt = now;
        return true;
    }

    public bool SetServiceHours(TeamServiceHours hours, DateTimeOffset now)
    {
        if (ServiceHours.SameAs(hours)) return false;
        (FirstResponseSecondsP1, FirstResponseSecondsP2, FirstResponseSecondsP3) =
            (hours.FirstResponseSecondsP1, hours.FirstResponseSecondsP2, hours.FirstResponseSecondsP3);
        TimeZone = hours.TimeZone;
        WeeklyHours = [.. hours.WeeklyHours];
        ClosedDates = [.. hours.ClosedDates];
        TicketReplyHours = hours.TicketReplyHours;
        UpdatedAt = now;
        return true;
    }
}

/// <summary>One weekday's opening, local time; <see cref="Closes"/> before <see cref="Opens"/> runs past midnight.</summary>
public sealed record DayHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>A team's service promise as one value, for editing and auditing as a whole.</summary>
public sealed record TeamServiceHours(int FirstResponseSecondsP1, int FirstResponseSecondsP2, int FirstResponseSecondsP3,
    string TimeZone, IReadOnlyList<DayHours> WeeklyHours, IReadOnlyList<DateOnly> ClosedDates, int TicketReplyHours)
{
    public bool SameAs(TeamServiceHours other) =>
        (FirstResponseSecondsP1, FirstResponseSecondsP2, FirstResponseSecondsP3, TimeZone, TicketReplyHours)
        == (other.FirstResponseSecondsP1, other.FirstResponseSecondsP2, other.FirstResponseSecondsP3, other.TimeZone, other.TicketReplyHours)
        && WeeklyHours.SequenceEqual(other.WeeklyHours) && ClosedDates.SequenceEqual(other.ClosedDates);
}
