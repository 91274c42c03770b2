using ConversationalCare.Bot.Administration.Audit;

namespace ConversationalCare.Bot.Administration;

/// <summary>Registers and maps what admins run the desk with (people, teams, routing, replies, customer data, audit).</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<HandoffConsole.Administration.IAuditTrail>(provider => provider.GetRequiredService<AuditLog>());
        services.AddScoped<People.PeopleAdministration>();
        services.AddSingleton<HandoffConsole.Administration.IPeopleAdministration, People.PeopleInFreshScopes>();
        // A singleton is safe for a long-lived page: it opens a fresh DbContext for every call.
        services.AddSingleton<HandoffConsole.Administration.ITeamAdministration, Teams.TeamAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapAdminGroup();
        Audit.AuditEndpoints.Map(admin);
        People.PeopleEndpoints.Map(admin);
        Teams.TeamEndpoints.Map(admin);
        Teams.TeamHoursEndpoints.Map(admin);
        Teams.RoutingRuleEndpoints.Map(admin);
        return endpoints;
    }
}
