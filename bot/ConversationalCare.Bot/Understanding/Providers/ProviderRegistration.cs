using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Puts the optional cloud providers in front of the local understanding when their settings are given; with none,
/// the ports stay the local implementations. Settings are validated on start whether or not they are complete, so
/// half a setting fails loudly.
/// </summary>
public static class ProviderRegistration
{
    public static IServiceCollection AddUnderstandingProviders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureLanguageOptions>().Bind(configuration.GetSection(AzureLanguageOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChatModelOptions>().Bind(configuration.GetSection(ChatModelOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(AzureSentimentClient.HttpClientName)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
                FitToTurn(resilience, provider.GetRequiredService<IOptions<AzureLanguageOptions>>().Value.TimeoutSeconds));
        // The decorators count their calls; registered here too so the providers also work outside the host.
        services.AddMetrics();
        services.TryAddSingleton<Telemetry.CareMetrics>();
        services.TryAddSingleton<AzureSentimentClient>();
        services.TryAddSingleton<AzureSentimentEmotionDetector>();
        services.AddHttpClient(ChatModelClient.HttpClientName)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
                FitToTurn(resilience, provider.GetRequiredService<IOptions<ChatModelOptions>>().Value.TimeoutSeconds));
        services.TryAddSingleton<ChatModelClient>();
        services.TryAddSingleton<ChatModelIntentClassifier>();

        // Decided when the port is first resolved, not here: configuration added by a host (or a test host) after
        // registration still counts. Unconfigured, the ports are the local implementations themselves.
        services.Replace(ServiceDescriptor.Singleton<IEmotionDetector>(provider =>
            provider.GetRequiredService<IOptions<AzureLanguageOptions>>().Value.IsConfigured
                ? provider.GetRequiredService<AzureSentimentEmotionDetector>()
                : provider.GetRequiredService<LocalEmotionDetector>()));
        services.Replace(ServiceDescriptor.Singleton<IIntentClassifier>(provider =>
            provider.GetRequiredService<IOptions<ChatModelOptions>>().Value.IsConfigured
                ? provider.GetRequiredService<ChatModelIntentClassifier>()
                : provider.GetRequiredService<LocalIntentClassifier>()));
        return services;
    }

    /// <summary>
    /// A customer is waiting, so the whole call (one retry included) fits the configured seconds, each attempt half of
    /// it; after a few failures in a row the circuit opens and turns go local at once for half a minute.
    /// </summary>
    public static void FitToTurn(HttpStandardResilienceOptions resilience, double timeoutSeconds)
    {
        var total = TimeSpan.FromSeconds(timeoutSeconds);
        resilience.TotalRequestTimeout.Timeout = total;
        resilience.AttemptTimeout.Timeout = total / 2;
        resilience.Retry.MaxRetryAttempts = 1;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(100);
        // A throttled service's Retry-After is usually longer than a customer should wait; the local reading answers now.
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.CircuitBreaker.MinimumThroughput = CircuitMinimumThroughput;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * total.TotalSeconds));
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    }

    /// <summary>Attempts (a retry counts) seen in the sampling window before the breaker may judge the failure ratio.</summary>
    public const int CircuitMinimumThroughput = 4;
}
