using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>
/// Lets a test request appear to come from another machine: the host sees the address named in
/// <see cref="Header"/> as the connection's remote address. Nothing is sent anywhere but loopback.
/// </summary>
public sealed class RemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";
    /// <summary>An address from the documentation range (TEST-NET-3): another machine, by name only.</summary>
    public const string Elsewhere = "203.0.113.7";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter, RemoteAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextStep) =>
        {
            if (context.Request.Headers.Remove(Header, out var address))
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            return nextStep(context);
        });
        next(app);
    };
}
