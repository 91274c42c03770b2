using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Leases;

/// <summary>Registers work leases (BotModule calls <see cref="AddWorkLeases"/>) and the once-only workers that use them.</summary>
public static class LeaseRegistration
{
    public static IServiceCollection AddWorkLeases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LeaseOptions>().Bind(configuration.GetSection(LeaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkLeases>();
        services.AddHealthChecks().AddCheck<LeaseHolders>("leases");
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TWork"/> as a singleton (tests and pages may call it directly) that runs in the
    /// background on one host at a time, under the lease <paramref name="leaseName"/>.
    /// </summary>
    public static IServiceCollection AddLeasedWork<TWork>(this IServiceCollection services, string leaseName) where TWork : class, ILeasedWork
    {
        services.AddSingleton<TWork>();
        // AddSingleton, not AddHostedService: that one keeps a single LeasedWorker registration whatever its lease.
        services.AddSingleton<IHostedService>(provider => new LeasedWorker(leaseName, provider.GetRequiredService<TWork>(),
            provider.GetRequiredService<WorkLeases>(), provider.GetRequiredService<IOptions<LeaseOptions>>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<LeasedWorker>>()));
        return services;
    }
}
