using ConversationalCare.Bot.Understanding.Providers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Registers local intent and emotion understanding; BotModule calls it. The ports resolve to the local
/// implementations unless something registered another <see cref="IUtteranceSource"/> first (the database, later).
/// </summary>
public static class UnderstandingRegistration
{
    /// <param name="configuration">The root configuration; options come from ConversationalCare:Understanding.</param>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UnderstandingOptions>()
            .Bind(configuration.GetSection(UnderstandingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Published phrases from the knowledge database when it is there; the shipped CSVs otherwise.
        services.AddPublishedTraining();
        services.TryAddSingleton<IUtteranceSource, CsvUtteranceSource>();
        services.AddSingleton<LocalIntentClassifier>();
        services.AddSingleton<IIntentClassifier>(provider => provider.GetRequiredService<LocalIntentClassifier>());
        services.AddSingleton<LocalEmotionDetector>();
        services.AddSingleton<IEmotionDetector>(provider => provider.GetRequiredService<LocalEmotionDetector>());
        // Cloud providers decorate the ports above only when ConversationalCare:Understanding:{AzureLanguage,ChatModel} are set.
        services.AddUnderstandingProviders(configuration);
        services.AddSingleton<UnderstandingTraining>();
        services.AddHostedService(provider => provider.GetRequiredService<UnderstandingTraining>());
        return services;
    }
}
