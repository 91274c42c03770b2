namespace ConversationalCare.Bot.Tests.Administration.CustomerData;

/// <summary>
/// The real clock moved forward on demand. Retention is about days and years; a fake clock would fire the host's
/// one-second timers once per elapsed second when jumped that far, while this one only changes what "now" reads.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Jump(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
