using ConversationalCare.Bot.Administration.Audit;

namespace ConversationalCare.Bot.Administration;

/// <summary>Registers and maps what admins run the desk with (people, teams, routing, replies, customer data, the website chat, audit).</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditLog>();
        services.AddScoped<People.PeopleAdministration>();
        services.AddScoped<HandoffConsole.Administration.IPeopleAdministration>(provider => provider.GetRequiredService<People.PeopleAdministration>());
        services.AddSingleton<Website.WebsiteChatAdministration>();
        services.AddSingleton<HandoffConsole.Administration.IWebsiteChatAdministration>(provider => provider.GetRequiredService<Website.WebsiteChatAdministration>());
        services.AddSingleton<Channels.DirectLine.IDirectLineAccess>(provider => provider.GetRequiredService<Website.WebsiteChatAdministration>());
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapAdminGroup();
        Audit.AuditEndpoints.Map(admin);
        People.PeopleEndpoints.Map(admin);
        Website.WebsiteChatEndpoints.Map(admin);
        Website.WidgetSettingsEndpoints.Map(endpoints);
        return endpoints;
    }
}
