using ConversationalCare.Bot.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// Two instances of the real host on one database, as behind a load balancer: A owns the temporary data, B opens the
/// same SQLite files. With a Redis configuration both use it, on a channel of their own so tests running in parallel
/// do not hear each other.
/// </summary>
public sealed class TwoHosts : IDisposable
{
    private TwoHosts(BotHost a, BotHost b) => (A, B) = (a, b);

    public BotHost A { get; }
    public BotHost B { get; }

    public static TwoHosts Start(string? redis = null, Dictionary<string, string?>? settings = null)
    {
        var shared = new Dictionary<string, string?>(settings ?? []);
        if (redis is not null)
        {
            shared["ConversationalCare:Redis:Configuration"] = redis;
            shared["ConversationalCare:Redis:Channel"] = $"cc-test-{Guid.NewGuid():n}";
        }
        var a = new BotHost(shared);
        try
        {
            var hosts = new TwoHosts(a, new BotHost(shared, dataDirectory: a.DataDirectory));
            // Hosts connect to Redis in the background; a test starts once both hear each other, as a deployed pair would.
            if (redis is not null) WaitUntilConnected(hosts.A, hosts.B);
            return hosts;
        }
        catch { a.Dispose(); throw; }
    }

    private static void WaitUntilConnected(params BotHost[] hosts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!hosts.All(h => h.Services.GetRequiredService<IClusterEvents>().Connected) && DateTime.UtcNow < deadline) Thread.Sleep(50);
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }
}
