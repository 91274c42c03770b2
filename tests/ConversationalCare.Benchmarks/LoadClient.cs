using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>The one HttpClient every simulated customer shares, and the untimed warm-up that precedes measuring.</summary>
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
    public static async Task WarmUpAsync(HttpClient http, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.Warmup <= TimeSpan.Zero) return;
        var clock = Stopwatch.StartNew();
        var turns = 0;
        var errors = new Dictionary<string, int>();
        while (clock.Elapsed < options.Warmup && !cancellationToken.IsCancellationRequested)
        {
            // Warm-up is always as fast as it goes: its only job is to get the JIT and pools hot.
            var round = await LoadRound.RunAsync(http, options with { Rate = 0 }, conversations: 4, messages: 5, monitor: null, cancellationToken);
            turns += round.Turns;
            foreach (var (kind, count) in round.ErrorKinds) errors[kind] = errors.GetValueOrDefault(kind) + count;
        }
        Console.WriteLine($"warm-up: {turns} turns, {errors.Values.Sum()} errors in {clock.Elapsed.TotalSeconds:0.0} s (not counted)");
        foreach (var (kind, count) in errors) Console.WriteLine($"  {count,6} × {kind}");
    }
}
