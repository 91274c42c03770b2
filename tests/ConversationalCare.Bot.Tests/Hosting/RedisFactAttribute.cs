namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// A test that needs Redis. It runs when <see cref="Variable"/> holds a StackExchange.Redis configuration string
/// (CI starts a server and sets it); otherwise it is skipped and says why. A test that stops Redis on purpose starts
/// its own <c>redis-server</c> instead, so it also needs that program on the PATH.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "CONVERSATIONALCARE_TEST_REDIS";

    public RedisFactAttribute(bool startsItsOwnServer = false)
    {
        if (Configuration is null)
            Skip = $"Skipped Redis test: set {Variable} to a Redis configuration string (e.g. 127.0.0.1:6379) to run it.";
        else if (startsItsOwnServer && RedisServer.Executable is null)
            Skip = "Skipped Redis test: it starts and stops its own redis-server, which is not on the PATH (apt-get install redis-server).";
    }

    /// <summary>The shared Redis the tests may use, or null when none is configured.</summary>
    public static string? Configuration => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
