using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>Console and agent-API accounts: ASP.NET Core Identity stored in the conversation database.</summary>
public static class AgentAccounts
{
    public static IServiceCollection AddAgentAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddIdentityCore<ConsoleUser>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CareDb>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders();
        // A console cookie is checked against the account at most this often: a deactivated person's next request fails.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromSeconds(5));
        services.AddAuthentication().AddAgentApiAuthentication();
        // Cookies, antiforgery and bearer tokens are protected with keys kept in the database, not in one machine's
        // profile folder, so a sign-in on one host is good on every host and survives a redeploy.
        services.AddDataProtection().SetApplicationName("ConversationalCare").PersistKeysToDbContext<CareDb>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AgentApiRefusals>();
        // After the migrator: hosted services start in registration order.
        services.AddHostedService<DemoAccounts>();
        return services;
    }
}
