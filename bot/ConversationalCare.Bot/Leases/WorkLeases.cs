using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Leases;

/// <summary>
/// Takes, renews and releases work leases for this host. Every step is one conditional UPDATE (or an INSERT that the
/// primary key settles), so of several hosts asking at once exactly one holds a lease, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class WorkLeases(IDbContextFactory<CareDb> dbFactory, IOptions<LeaseOptions> options, TimeProvider clock)
{
    /// <summary>
    /// This host's name in the lease table: machine and process for the operator, plus a random part so that two hosts
    /// in one process (tests) or a restarted process with a reused id are told apart.
    /// </summary>
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("n")[..8]}";

    public TimeSpan Duration => options.Value.Duration;

    /// <summary>Takes the lease if it is free, expired or ours already; true when this host now holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (holder, now) = (Holder, clock.GetUtcNow());
        var until = now + Duration;
        var taken = await db.WorkLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.Holder == null || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.AcquiredAt, now)
                .SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
        if (taken || await db.WorkLeases.AnyAsync(l => l.Name == name, cancellationToken)) return taken;
        db.WorkLeases.Add(new WorkLease(name, holder, now, until));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (UniqueViolation.Is(error))
        {
            return false; // another host created the lease first and holds it
        }
    }

    /// <summary>
    /// Extends the lease if this host still holds it (even past its expiry, as long as nobody took it meanwhile);
    /// false means another host has it now and this one must stop the work.
    /// </summary>
    public async Task<bool> RenewAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (holder, until) = (Holder, clock.GetUtcNow() + Duration);
        return await db.WorkLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
    }

    /// <summary>Frees the lease at once (a graceful stop), unless another host holds it by now.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (holder, now) = (Holder, clock.GetUtcNow());
        await db.WorkLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }

    public async Task<IReadOnlyList<WorkLease>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkLeases.AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
    }
}
