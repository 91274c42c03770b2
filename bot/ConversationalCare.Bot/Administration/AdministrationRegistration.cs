using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Administration.CustomerData;

namespace ConversationalCare.Bot.Administration;

/// <summary>Registers and maps what admins run the desk with (people, teams, routing, replies, customer data, the website chat, audit).</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<HandoffConsole.Administration.IAuditTrail>(provider => provider.GetRequiredService<AuditLog>());
        services.AddScoped<People.PeopleAdministration>();
        services.AddSingleton<HandoffConsole.Administration.IPeopleAdministration, People.PeopleInFreshScopes>();
        services.AddSingleton<HandoffConsole.Administration.ISignInPolicy, People.SignInPolicy>();
        // Registered after the database migrator (AddBot), so hosted services seed a migrated database.
        services.AddHostedService<Handoff.Replies.CannedReplySeeder>();
        services.AddSingleton<HandoffConsole.Handoff.ICannedReplies, Handoff.Replies.CannedReplyCatalog>();
        services.AddSingleton<HandoffConsole.Administration.Replies.ICannedReplyAdministration, Replies.CannedReplyAdministration>();
        services.AddSingleton<Website.WebsiteChatAdministration>();
        services.AddSingleton<HandoffConsole.Administration.IWebsiteChatAdministration>(provider => provider.GetRequiredService<Website.WebsiteChatAdministration>());
        services.AddSingleton<Channels.DirectLine.IDirectLineAccess>(provider => provider.GetRequiredService<Website.WebsiteChatAdministration>());
        // A singleton is safe for a long-lived page: it opens a fresh DbContext for every call.
        services.AddSingleton<HandoffConsole.Administration.ITeamAdministration, Teams.TeamAdministration>();
        services.AddSingleton<RetentionSettings>();
        services.AddSingleton<TranscriptAnonymiser>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionSweeper>());
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<CustomerExport>();
        services.AddSingleton<CustomerErasure>();
        services.AddSingleton<HandoffConsole.Administration.ICustomerDataAdministration, CustomerDataAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapAdminGroup();
        Audit.AuditEndpoints.Map(admin);
        People.PeopleEndpoints.Map(admin);
        People.SignInPolicyEndpoints.Map(admin);
        Teams.TeamEndpoints.Map(admin);
        Teams.TeamHoursEndpoints.Map(admin);
        Teams.RoutingRuleEndpoints.Map(admin);
        Replies.CannedReplyEndpoints.Map(admin);
        Website.WebsiteChatEndpoints.Map(admin);
        Website.WidgetSettingsEndpoints.Map(endpoints);
        CustomerDataEndpoints.Map(admin);
        RetentionEndpoints.Map(admin);
        return endpoints;
    }
}
