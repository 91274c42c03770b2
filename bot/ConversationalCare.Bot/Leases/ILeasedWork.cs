namespace ConversationalCare.Bot.Leases;

/// <summary>
/// Background work that one host at a time does for all of them (SLA checks, trail followers, spike scans, sampling).
/// <see cref="LeasedWorker"/> runs it only while this host holds its lease.
/// </summary>
public interface ILeasedWork
{
    /// <summary>Works until the token is cancelled: the host stops or another host took the lease.</summary>
    Task RunAsync(CancellationToken whileHeld);
}
