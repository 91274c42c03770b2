using ConversationalCare.HandoffConsole.Training;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Trains from the phrases content owners publish when the knowledge module (which stores them) is registered;
/// without it (a bare understanding host) the models keep training from the shipped CSVs.
/// </summary>
public static class TrainingRegistration
{
    /// <summary>Call before the CSV source's fallback registration, so the database source wins.</summary>
    public static IServiceCollection AddPublishedTraining(this IServiceCollection services)
    {
        if (!services.Any(service => service.ServiceType == typeof(TrainingCuration))) return services;
        services.AddSingleton(new TrainingTaxonomy(Intents.All, Emotions.All, [Locales.English, Locales.Chinese]));
        // The shipped CSVs stay the seed of an empty database.
        services.AddSingleton<CsvUtteranceSource>();
        services.AddSingleton<DatabaseUtteranceSource>();
        services.AddSingleton<IUtteranceSource>(provider => provider.GetRequiredService<DatabaseUtteranceSource>());
        services.AddSingleton<IUnderstandingPreview, UnderstandingPreview>();
        services.AddHostedService<PublishedTrainingWatch>();
        return services;
    }
}
