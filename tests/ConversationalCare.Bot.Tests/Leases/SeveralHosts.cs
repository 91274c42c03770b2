using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ConversationalCare.Bot.Tests.Leases;

/// <summary>Real hosts sharing one SQLite file, each on a clock the test moves, and what the lease table says about them.</summary>
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

    public static string ConnectionString(BotHost host) => $"Data Source={Path.Combine(host.DataDirectory, "conversationalcare.db")}";

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
