using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

/// <summary>
/// A cloud provider played on loopback: Kestrel on 127.0.0.1 and a free port, answering every request the way the
/// test says (documented JSON, a 500, garbage, or silence), and keeping what it was sent.
/// </summary>
public sealed class FakeProviderServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeProviderServer(WebApplication app) => _app = app;

    /// <summary>How the next requests are answered; swap it mid-test to bring the service back.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => Results.StatusCode(500).ExecuteAsync(context);

    public Uri BaseAddress { get; private set; } = null!;
    public int Requests => _requests;
    public List<(string Path, Dictionary<string, string> Headers, JsonElement Body)> Received { get; } = [];

    public static async Task<FakeProviderServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeProviderServer(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            lock (server.Received)
                server.Received.Add((context.Request.Path + context.Request.QueryString,
                    context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            await server.Respond(context);
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public static Func<HttpContext, Task> Json(string json) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    };

    public static Func<HttpContext, Task> Status(int status) => context => Results.StatusCode(status).ExecuteAsync(context);

    /// <summary>Holds the request until the client gives up (or the given time passes).</summary>
    public static Func<HttpContext, Task> Silence(TimeSpan longest) => async context =>
    {
        try { await Task.Delay(longest, context.RequestAborted); } catch (OperationCanceledException) { }
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
