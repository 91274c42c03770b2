using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests;

/// <summary>The console mounted the way the bot's host mounts it, on an in-process test server.</summary>
public sealed class HandoffConsoleModuleTests : IAsyncDisposable
{
    private static readonly IPAddress OtherMachine = IPAddress.Parse("192.0.2.10");
    private readonly FakeAgentDesk desk = new();
    private WebApplication? app;

    private async Task<TestServer> HostAsync(params (string Key, string Value)[] settings)
    {
        // Named after the library so MapStaticAssets finds a manifest here, as it finds the host's in the host.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ApplicationName = typeof(HandoffConsoleModule).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        foreach (var (key, value) in settings) builder.Configuration[key] = value;
        builder.AddHandoffConsole();
        builder.Services.AddSingleton<IAgentDesk>(desk);
        app = builder.Build();
        app.MapGet("/", () => "the shop");
        app.MapHandoffConsole();
        await app.StartAsync();
        return app.GetTestServer();
    }

    private static Task<HttpContext> GetAsync(TestServer server, string path, IPAddress from) =>
        server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = from;
        });

    private static string Body(HttpContext context) => new StreamReader(context.Response.Body).ReadToEnd();

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/conversations/c1")]
    [InlineData("/console/knowledge")]
    public async Task Sends_visitors_who_have_not_signed_in_to_the_sign_in_page(string path)
    {
        var server = await HostAsync();

        var response = await GetAsync(server, path, OtherMachine);

        Assert.Equal(StatusCodes.Status302Found, response.Response.StatusCode);
        var location = response.Response.Headers.Location.ToString();
        Assert.Contains("/console/signin", location);
        Assert.Contains(Uri.EscapeDataString(path), location);
    }

    [Fact]
    public async Task Leaves_the_site_root_to_the_host()
    {
        var server = await HostAsync();

        var response = await GetAsync(server, "/", OtherMachine);

        Assert.Equal("the shop", Body(response));
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
