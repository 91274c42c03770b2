using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using ConversationalCare.Bot.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// Plays a Bot Framework channel: its own HTTP server is the serviceUrl replies are POSTed to, and it publishes
/// OpenID metadata with a signing key so it can mint channel tokens the bot must verify.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-channel-key" };
    private int _failuresToSimulate;

    public ConcurrentQueue<(string Path, Activity Activity, string? Authorization)> Received { get; } = new();
    public string ServiceUrl { get; }
    public string MetadataUrl => ServiceUrl + ".well-known/openidconfiguration";
    public const string Issuer = "https://api.botframework.com";

    private FakeChannel(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeChannel? channel = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpContext context) =>
        {
            var activity = (await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, ActivityJson.Options))!;
            // Only messages fail, so a test knows the reply itself was retried (typing is best effort).
            if (activity.IsType(ActivityTypes.Message) && Interlocked.Decrement(ref channel!._failuresToSimulate) >= 0)
                return Results.StatusCode(503);
            channel!.Received.Enqueue((context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, activity, context.Request.Headers.Authorization.ToString()));
            return Results.Ok(new { id = Guid.NewGuid().ToString() });
        });
        app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = channel!.ServiceUrl + ".well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/.well-known/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(channel!._key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel = new FakeChannel(app, address.TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>The next n message replies fail with 503, as a channel under load would.</summary>
    public void FailNext(int n) => _failuresToSimulate = n;

    public string MintToken(string audience, string? serviceUrl = null, string issuer = Issuer) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });

    public async Task<Activity> ExpectReply(Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var found = Received.FirstOrDefault(r => match(r.Activity));
            if (found.Activity is not null) return found.Activity;
            await Task.Delay(50);
        }
        Assert.Fail($"The channel received no matching reply; it got: {string.Join(" | ", Received.Select(r => r.Activity.Text))}");
        throw new InvalidOperationException();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
