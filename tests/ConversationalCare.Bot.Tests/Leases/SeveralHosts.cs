using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Tests.Supervision;
using ConversationalCare.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>Real hosts sharing one database, each on a clock the test moves, and what the lease table says about them.</summary>
public static class SeveralHosts
{
    /// <summary>Every piece of work that must happen once however many hosts run, by lease name.</summary>
    public static readonly string[] OnceOnlyWork =
        ["handoff-monitor", "intent-spikes", "quality-sampling", "resolved-handoffs", "supervision-alerts"];

    public static BotHost Start(TimeProvider clock, string? dataDirectory = null, int leaseSeconds = 15) =>
        new(settings: new() { [LeaseOptions.Section + ":LeaseSeconds"] = leaseSeconds.ToString() }, dataDirectory: dataDirectory,
            services: services => services.Replace(ServiceDescriptor.Singleton(clock)));

    public static string Holder(BotHost host) => host.Services.GetRequiredService<WorkLeases>().Holder;

    public static IEnumerable<string> LeasedWork(BotHost host) =>
        host.Services.GetServices<IHostedService>().OfType<LeasedWorker>().Select(w => w.LeaseName).Order();

    /// <summary>Writes history into the database of a data directory, on whichever provider the tests run.</summary>
    public static HistoryWriter History(string dataDirectory) => TestDatabase.IsPostgreSql
        ? new(TestDatabase.ConnectionStringFor(dataDirectory), postgreSql: true)
        : new($"Data Source={Path.Combine(dataDirectory, "conversationalcare.db")}");

    /// <summary>A data directory with a migrated, empty database, for history written before any host starts.</summary>
    public static string NewDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(directory);
        using CareDb db = TestDatabase.IsPostgreSql
            ? new PostgreSqlCareDb(new DbContextOptionsBuilder<PostgreSqlCareDb>().UseNpgsql(TestDatabase.ConnectionStringFor(directory)).Options)
            : new SqliteCareDb(new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite($"Data Source={Path.Combine(directory, "conversationalcare.db")}").Options);
        db.Database.Migrate();
        return directory;
    }

    /// <summary>A customer on <paramref name="host"/> waiting in the queue for a person (alice is online, so there is one).</summary>
    public static async Task<DirectLineChat> CustomerWaitingAsync(BotHost host)
    {
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        return chat;
    }

    /// <summary>Lease name → holder (null when released), as stored.</summary>
    public static async Task<Dictionary<string, string?>> HoldersAsync(BotHost host) =>
        (await host.Services.GetRequiredService<WorkLeases>().ListAsync(default)).ToDictionary(l => l.Name, l => l.Holder);

    public static async Task<bool> HoldsEveryLeaseAsync(BotHost host)
    {
        var holders = await HoldersAsync(host);
        return OnceOnlyWork.All(work => holders.GetValueOrDefault(work) == Holder(host));
    }

    public static async Task<T> ReadAsync<T>(BotHost host, Func<CareDb, Task<T>> query)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Waits (in real time, for background work to catch up) until the condition holds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string description, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Still waiting for {description} after {seconds} s");
            await Task.Delay(100);
        }
    }
}
