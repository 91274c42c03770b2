using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Events;

public static class EventsRegistration
{
    /// <summary>
    /// The conversation feed, and with <c>ConversationalCare:Redis:Configuration</c> set, Redis between host instances:
    /// live events cross hosts, the database fallback covers Redis outages, and /healthz reports a <c>redis</c> entry.
    /// Without it the host runs alone: nothing is sent anywhere and nothing polls.
    /// </summary>
    public static IServiceCollection AddConversationEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConversationFeed>();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Decided when first resolved rather than here, so settings added late (test hosts) count.
        services.AddSingleton<RedisClusterEvents>();
        services.AddSingleton<IClusterEvents>(provider => provider.GetRequiredService<IOptions<RedisOptions>>().Value.Clustered
            ? provider.GetRequiredService<RedisClusterEvents>()
            : new SingleHostEvents());
        // Each returns at once when the host runs alone.
        services.AddHostedService(provider => provider.GetRequiredService<RedisClusterEvents>());
        services.AddHostedService<ClusterRelay>();
        services.AddHostedService<FeedCatchUp>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }
}
