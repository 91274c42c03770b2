using ConversationalCare.Bot.Leases;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>Registers supervision alerts (follow-ups, SLA alerts, intent spikes); SupervisionRegistration calls it.</summary>
public static class AlertsRegistration
{
    public static IServiceCollection AddSupervisionAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertBoard>();
        services.AddSingleton<HandoffConsole.Supervision.ISupervisionAlerts, AlertDesk>();
        services.AddLeasedWork<AlertProcessor>(AlertProcessor.CursorName);
        services.AddLeasedWork<IntentSpikeMonitor>(IntentSpikeMonitor.LeaseName);
        return services;
    }
}
