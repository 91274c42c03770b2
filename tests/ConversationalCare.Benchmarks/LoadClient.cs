using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// The hosts a run loads, one shared HttpClient each. Conversation i talks to host i mod count, the way a proxy
/// spreads new customers over the hosts of one deployment.
/// </summary>
public sealed class LoadTargets(IReadOnlyList<HttpClient> clients) : IDisposable
{
    public static LoadTargets Create(IEnumerable<Uri> baseUrls) => new(baseUrls.Select(LoadClient.Create).ToArray());

    /// <summary>Where the agent works in the handoff mode; with several hosts, customers elsewhere are served across hosts.</summary>
    public HttpClient First => clients[0];

    public HttpClient For(int conversation) => clients[conversation % clients.Count];

    public string Describe() => string.Join(", ", clients.Select(c => c.BaseAddress));

    public void Dispose()
    {
        foreach (var client in clients) client.Dispose();
    }
}

/// <summary>The HttpClient a host's simulated customers share, and the untimed warm-up that precedes measuring.</summary>
public static class LoadClient
{
    public static HttpClient Create(Uri baseUrl) =>
        new(new SocketsHttpHandler
        {
            // Each conversation has at most one POST in flight; never make them queue for a connection here.
            MaxConnectionsPerServer = 4096,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            UseCookies = false,
        })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>JIT, database, search index and connection pool warm up on a few conversations; nothing is recorded.</summary>
    public static async Task WarmUpAsync(LoadTargets hosts, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Warmup <= TimeSpan.Zero) return;
        var clock = Stopwatch.StartNew();
        var turns = 0;
        var errors = new Dictionary<string, int>();
        while (clock.Elapsed < options.Warmup && !cancellationToken.IsCancellationRequested)
        {
            // Warm-up is always as fast as it goes: its only job is to get the JIT and pools hot.
            var round = await LoadRound.RunAsync(hosts, options with { Rate = 0 }, conversations: 4, messages: 5, monitor: null, cancellationToken);
            turns += round.Turns;
            foreach (var (kind, count) in round.ErrorKinds) errors[kind] = errors.GetValueOrDefault(kind) + count;
        }
        Console.WriteLine($"warm-up: {turns} turns, {errors.Values.Sum()} errors in {clock.Elapsed.TotalSeconds:0.0} s (not counted)");
        foreach (var (kind, count) in errors) Console.WriteLine($"  {count,6} × {kind}");
    }
}
