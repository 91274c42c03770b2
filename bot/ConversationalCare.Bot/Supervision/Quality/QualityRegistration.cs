using ConversationalCare.Bot.Leases;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>Registers quality review (weekly sampling, the review desk); BotModule calls it and maps <see cref="QualityEndpoints"/>.</summary>
public static class QualityRegistration
{
    public static IServiceCollection AddQualityReview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QualityOptions>().Bind(configuration.GetSection(QualityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QualityDesk>();
        services.AddSingleton<HandoffConsole.Quality.IQualityDesk>(provider => provider.GetRequiredService<QualityDesk>());
        services.AddLeasedWork<QualitySampler>(QualitySampler.LeaseName);
        return services;
    }
}
