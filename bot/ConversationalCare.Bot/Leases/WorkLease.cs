namespace ConversationalCare.Bot.Leases;

/// <summary>
/// Who runs a piece of once-only background work right now, and until when. Hosts take and renew it with conditional
/// updates (<see cref="WorkLeases"/>); a holder that stops renewing loses it when <see cref="ExpiresAt"/> passes.
/// </summary>
public sealed class WorkLease
{
    private WorkLease() { }

    public WorkLease(string name, string holder, DateTimeOffset acquiredAt, DateTimeOffset expiresAt) =>
        (Name, Holder, AcquiredAt, ExpiresAt) = (name, holder, acquiredAt, expiresAt);

    public string Name { get; private set; } = "";
    /// <summary>The holding host's <see cref="WorkLeases.Holder"/>; null once released.</summary>
    public string? Holder { get; private set; }
    public DateTimeOffset AcquiredAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsHeld(DateTimeOffset now) => Holder is not null && ExpiresAt > now;
}
