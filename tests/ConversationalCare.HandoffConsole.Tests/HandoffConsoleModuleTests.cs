using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests;

/// <summary>The console mounted the way the bot's host mounts it, on an in-process test server.</summary>
public sealed class HandoffConsoleModuleTests : IAsyncDisposable
{
    private static readonly IPAddress Loopback = IPAddress.Loopback;
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

    [Fact]
    public async Task Serves_the_console_under_slash_console_with_the_conversations_already_rendered()
    {
        desk.Start("c1", "Alice Chen", DateTimeOffset.UtcNow);
        var server = await HostAsync();

        var response = await GetAsync(server, "/console", Loopback);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        var html = Body(response);
        Assert.Contains("ConversationalCare", html);
        Assert.Contains("data-conversation-id=\"c1\"", html);
        Assert.Contains("_framework/blazor.web", html);
    }

    [Fact]
    public async Task Leaves_the_site_root_to_the_host()
    {
        var server = await HostAsync();

        var response = await GetAsync(server, "/", OtherMachine);

        Assert.Equal("the shop", Body(response));
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/conversations/c1")]
    [InlineData("/_blazor/negotiate")]
    public async Task Refuses_other_machines_with_problem_details_saying_why(string path)
    {
        var server = await HostAsync();

        var response = await GetAsync(server, path, OtherMachine);

        Assert.Equal(StatusCodes.Status403Forbidden, response.Response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Response.ContentType);
        using var problem = JsonDocument.Parse(Body(response));
        Assert.Equal(403, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("AllowRemote", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Lets_other_machines_in_when_remote_access_is_allowed()
    {
        var server = await HostAsync(("ConversationalCare:Console:AllowRemote", "true"));

        var response = await GetAsync(server, "/console", OtherMachine);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
    }

    [Fact]
    public async Task Refuses_to_start_when_remote_access_is_not_a_yes_or_no() =>
        await Assert.ThrowsAnyAsync<Exception>(() => HostAsync(("ConversationalCare:Console:AllowRemote", "sometimes")));

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
