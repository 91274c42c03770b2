using ConversationalCare.Bot.Conversations;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>Console and agent-API accounts: ASP.NET Core Identity stored in the conversation database.</summary>
public static class AgentAccounts
{
    public static IServiceCollection AddAgentAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddIdentityCore<IdentityUser>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SqliteCareDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication().AddAgentApiAuthentication();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AgentApiRefusals>();
        // After the migrator: hosted services start in registration order.
        services.AddHostedService<DemoAccounts>();
        return services;
    }
}
