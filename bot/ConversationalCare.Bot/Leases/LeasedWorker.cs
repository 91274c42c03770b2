using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Leases;

/// <summary>
/// Runs one piece of <see cref="ILeasedWork"/> on whichever host holds its lease. Every host runs a worker: the holder
/// renews every <see cref="LeaseOptions.RenewEvery"/> and works; the others try to take the lease as often, so when
/// the holder stops gracefully (it releases) or dies (its lease runs out) one of them carries on.
/// </summary>
public sealed class LeasedWorker(string leaseName, ILeasedWork work, WorkLeases leases, IOptions<LeaseOptions> options,
    TimeProvider clock, ILogger<LeasedWorker> logger) : BackgroundService
{
    public string LeaseName => leaseName;

    private TimeSpan RenewEvery => options.Value.RenewEvery;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await TryAcquireAsync(stoppingToken)) await WorkWhileHeldAsync(stoppingToken);
            await PauseAsync(RenewEvery, stoppingToken);
        }
    }

    private async Task<bool> TryAcquireAsync(CancellationToken stoppingToken)
    {
        try { return await leases.TryAcquireAsync(leaseName, stoppingToken); }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Could not ask for the {Lease} lease; trying again in {Seconds} s", leaseName, RenewEvery.TotalSeconds);
            return false;
        }
        catch (OperationCanceledException) { return false; }
    }

    private async Task WorkWhileHeldAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("This host ({Holder}) took the {Lease} lease and runs that work now", leases.Holder, leaseName);
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var working = WorkAsync(held.Token);
        var heldUntil = clock.GetUtcNow() + leases.Duration;
        var lost = false;
        try
        {
            while (!lost)
            {
                await Task.WhenAny(working, PauseAsync(RenewEvery, stoppingToken));
                if (stoppingToken.IsCancellationRequested || working.IsCompleted) break;
                (lost, heldUntil) = await RenewAsync(heldUntil, stoppingToken);
            }
        }
        finally
        {
            await held.CancelAsync();
            await working;
            // Lost means someone else may hold it now (or the database is out of reach): nothing of ours to release.
            if (!lost) await ReleaseAsync();
        }
    }

    /// <summary>Whether the lease is lost, and until when it is held otherwise.</summary>
    private async Task<(bool Lost, DateTimeOffset HeldUntil)> RenewAsync(DateTimeOffset heldUntil, CancellationToken stoppingToken)
    {
        try
        {
            if (await leases.RenewAsync(leaseName, stoppingToken)) return (false, clock.GetUtcNow() + leases.Duration);
            logger.LogWarning("Host {Holder} lost the {Lease} lease to another host (it was not renewed in time); stopping that work here", leases.Holder, leaseName);
            return (true, heldUntil);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            // Stop before another host could take over, so the work never runs twice for long.
            var lost = clock.GetUtcNow() + RenewEvery >= heldUntil;
            logger.LogWarning(error, "Could not renew the {Lease} lease; {Next}", leaseName,
                lost ? "stopping that work here before the lease runs out" : $"keeping it until {heldUntil:u}");
            return (lost, heldUntil);
        }
        catch (OperationCanceledException) { return (false, heldUntil); }
    }

    private async Task WorkAsync(CancellationToken whileHeld)
    {
        try { await work.RunAsync(whileHeld); }
        catch (OperationCanceledException) when (whileHeld.IsCancellationRequested) { }
        catch (Exception error) { logger.LogError(error, "The {Lease} work stopped; it starts again on the next lease", leaseName); }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            // Not the stopping token: a graceful stop is exactly when the next host should hear at once.
            await leases.ReleaseAsync(leaseName, CancellationToken.None);
            logger.LogInformation("This host ({Holder}) released the {Lease} lease", leases.Holder, leaseName);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Could not release the {Lease} lease; another host takes it when it runs out", leaseName);
        }
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try { await Task.Delay(delay, clock, stoppingToken); }
        catch (OperationCanceledException) { }
    }
}
