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
        try { return new TwoHosts(a, new BotHost(shared, dataDirectory: a.DataDirectory)); }
        catch { a.Dispose(); throw; }
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }
}
