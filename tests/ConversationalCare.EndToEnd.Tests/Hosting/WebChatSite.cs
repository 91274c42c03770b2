using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// Serves pages/webchat.html and Web Chat's UMD bundle from its own origin on loopback, as a customer's website
/// would: every Direct Line call then crosses origins to the bot host, so CORS is exercised too.
/// </summary>
public sealed class WebChatSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebChatSite(WebApplication app, Uri pageAddress)
    {
        _app = app;
        PageAddress = pageAddress;
    }

    public Uri PageAddress { get; }

    public static async Task<WebChatSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = EndToEndEnvironment.ProjectDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var page = Path.Combine(EndToEndEnvironment.ProjectDirectory, "pages", "webchat.html");
        app.MapGet("/", () => TypedResults.PhysicalFile(page, "text/html; charset=utf-8"));
        app.MapGet("/webchat.js", () => TypedResults.PhysicalFile(EndToEndEnvironment.WebChatBundle, "text/javascript; charset=utf-8"));
        await app.StartAsync();
        return new WebChatSite(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
