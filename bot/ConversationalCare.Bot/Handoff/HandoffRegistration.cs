using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Leases;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff;

/// <summary>Registers escalation, the queue, routing and the agents' desk; BotModule calls it.</summary>
public static class HandoffRegistration
{
    public static IServiceCollection AddHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>()
            .Bind(configuration.GetSection(HandoffOptions.Section))
            .ValidateDataAnnotations()
            .Validate(Valid, "ConversationalCare:Handoff: TimeZone must be a known IANA zone, OpeningHours like 09:00-18:00, OpenDays like Mon,Tue,Wed")
            .ValidateOnStart();
        services.AddSingleton<EscalationPolicy>();
        services.AddSingleton<EscalationSignalsReader>();
        services.AddSingleton<HandoffStore>();
        services.AddSingleton<QueueRouter>();
        services.AddSingleton<HandoffRouter>();
        services.AddHostedService<TeamSeeder>();
        services.AddSingleton<HandoffSummarizer>();
        services.AddSingleton<HandoffContextBuilder>();
        services.AddSingleton<CustomerMessenger>();
        services.AddSingleton<HandoffStarter>();
        services.AddSingleton<HandoffDesk>();
        services.AddSingleton<IHandoffDesk>(provider => provider.GetRequiredService<HandoffDesk>());
        services.AddLeasedWork<HandoffMonitor>(HandoffMonitor.LeaseName);
        return services;
    }

    private static bool Valid(HandoffOptions options)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
            DefaultTeams.ServiceHoursFrom(options);
            return true;
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException or FormatException)
        {
            return false;
        }
    }
}
