using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ConversationalCare.HandoffConsole;

public static class HandoffConsoleModule
{
    /// <summary>Registers the console's components. The host registers <see cref="IAgentDesk"/>.</summary>
    public static IHostApplicationBuilder AddHandoffConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffConsoleOptions>()
            .Bind(builder.Configuration.GetSection(HandoffConsoleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddConsoleSignIn();
        // Serves the library's CSS from the build output outside Development too (dotnet run in CI); published apps ignore it.
        if (builder is WebApplicationBuilder web) web.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>Mounts the console under <c>/console</c>, leaving <c>/</c> to the host. Every page needs a signed-in role.</summary>
    public static WebApplication MapHandoffConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            if (await TwoStepGate.MustStopAsync(context)) context.Response.Redirect($"/console/account?{TwoStepGate.RequiredQuery}");
            else await next(context);
        });
        // After authentication: antiforgery tokens are tied to the signed-in user.
        app.UseAntiforgery();
        app.MapConsoleSignOut();
        Curation.CurationEndpoints.MapCurationEndpoints(app);
        Administration.CustomerExportEndpoints.MapCustomerExportEndpoints(app);
        // Serves _framework/blazor.web.js and the library's _content/ files in every environment, not only Development.
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
