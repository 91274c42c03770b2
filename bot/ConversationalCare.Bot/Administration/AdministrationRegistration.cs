using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Administration.CustomerData;

namespace ConversationalCare.Bot.Administration;

/// <summary>Registers and maps what admins run the desk with (people, teams, routing, replies, customer data, audit).</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<RetentionSettings>();
        services.AddSingleton<TranscriptAnonymiser>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionSweeper>());
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<CustomerExport>();
        services.AddSingleton<CustomerErasure>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapAdminGroup();
        Audit.AuditEndpoints.Map(admin);
        CustomerDataEndpoints.Map(admin);
        RetentionEndpoints.Map(admin);
        return endpoints;
    }
}
