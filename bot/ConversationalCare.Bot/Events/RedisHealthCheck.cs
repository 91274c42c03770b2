using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// The <c>redis</c> entry of /healthz. Redis down is Degraded, not Unhealthy: the host still serves every request and
/// its live listeners catch up from the database, so a load balancer should keep sending it traffic (Degraded answers 200).
/// </summary>
public sealed class RedisHealthCheck(RedisClusterEvents redis, IOptions<RedisOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!options.Value.Clustered ? HealthCheckResult.Healthy("Not configured: this host runs alone, live events stay in process")
            : redis.Problem is { } problem
            ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy("Redis connected: live events reach every host"));
}
