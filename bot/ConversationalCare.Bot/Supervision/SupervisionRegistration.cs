namespace ConversationalCare.Bot.Supervision;

/// <summary>Registers the KPI computation; BotModule calls it (and maps <see cref="ReportEndpoints"/>).</summary>
public static class SupervisionRegistration
{
    public static IServiceCollection AddSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupervisionOptions>().Bind(configuration.GetSection(SupervisionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationFactsReader>();
        services.AddSingleton<ConversationFactsCache>();
        services.AddSingleton<SupervisionReports>();
        services.AddSingleton<HandoffConsole.Supervision.ISupervisionDesk, SupervisionDesk>();
        services.AddHostedService<SupervisionWarmup>();
        Alerts.AlertsRegistration.AddSupervisionAlerts(services, configuration);
        return services;
    }
}
