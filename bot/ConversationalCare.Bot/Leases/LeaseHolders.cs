using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConversationalCare.Bot.Leases;

/// <summary>/healthz names the host doing each piece of once-only work, so an operator sees where it runs.</summary>
internal sealed class LeaseHolders(WorkLeases leases, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var held = (await leases.ListAsync(cancellationToken))
            .Select(l => l.IsHeld(now) ? $"{l.Name}: {l.Holder} until {l.ExpiresAt:u}" : $"{l.Name}: free");
        // Informational: a free lease is normal for a moment after a host stops, and the next host takes it by itself.
        return HealthCheckResult.Healthy($"this host is {leases.Holder}; {string.Join("; ", held)}");
    }
}
