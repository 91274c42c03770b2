using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Knowledge.Tests.Retrieval.Fusion;

/// <summary>
/// A local OpenAI-compatible <c>/v1/embeddings</c> endpoint with deterministic vectors: words of one concept share a
/// dimension (so "vehicle" lands near "park"), any other word hashes to its own. It can be told to fail or stall.
/// </summary>
public sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private const int Dimensions = 64;
    private static readonly string[][] Concepts = [["park", "parking", "car", "vehicle", "garage"], ["gift", "wrap", "wrapping", "present"]];

    private readonly WebApplication app;

    private FakeEmbeddingServer(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;

    public int Requests;
    public HttpStatusCode Failure { get; set; }
    public TimeSpan Delay { get; set; }

    public static async Task<FakeEmbeddingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeEmbeddingServer(app);
        app.MapPost("/v1/embeddings", server.EmbedAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address + "/v1");
        return server;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> EmbedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        if (Failure != 0) return Results.StatusCode((int)Failure);

        var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        var inputs = body!["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var data = inputs.Select((text, index) => new { @object = "embedding", index, embedding = Vector(text) });
        return Results.Json(new { @object = "list", data, model = body["model"]?.GetValue<string>(), usage = new { prompt_tokens = 1, total_tokens = 1 } });
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '?', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            var concept = Array.FindIndex(Concepts, c => c.Contains(word));
            vector[concept >= 0 ? concept : 2 + (int)((uint)StableHash(word) % (Dimensions - 2))] += concept >= 0 ? 3 : 1;
        }
        return vector;
    }

    private static int StableHash(string word) => word.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
