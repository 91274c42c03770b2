using BenchmarkDotNet.Attributes;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Benchmarks.Supervision;

/// <summary>
/// The KPI query as the report API runs it: the last 30 days of 100,000 generated conversations, which with the
/// previous period and the FCR look-back and look-ahead reads every conversation in the file.
/// </summary>
[MemoryDiagnoser]
public class KpiQueryBenchmarks
{
    private SupervisionReports _reports = null!;

    [Params(100_000)] public int Conversations { get; set; }

    public void Setup()
    {
        var directory = Environment.GetEnvironmentVariable("CC_KPI_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "cc-kpi-bench");
        var connection = GeneratedHistory.Ensure(directory, Conversations);
        var options = new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite(connection).Options;
        var databases = new Databases(options);
        var clock = new FakeTimeProvider(GeneratedHistory.End);
        var settings = Options.Create(new SupervisionOptions());
        Cache = new ConversationFactsCache(new ConversationFactsReader(databases), databases, clock, settings, NullLogger<ConversationFactsCache>.Instance);
        _reports = new SupervisionReports(Cache, clock, settings);
    }

    /// <summary>The host fills this at start; the first report after <see cref="Setup"/> pays for it here.</summary>
    public ConversationFactsCache Cache { get; private set; } = null!;

    [GlobalSetup(Targets = [nameof(Overall), nameof(ByAgent), nameof(ByHour)])]
    public void SetupWarm()
    {
        Setup();
        Cache.WarmAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<KpiReport> Overall() => _reports.KpisAsync(GeneratedHistory.End.AddDays(-30), GeneratedHistory.End, null, CancellationToken.None);

    [Benchmark]
    public Task<KpiReport> ByAgent() => _reports.KpisAsync(GeneratedHistory.End.AddDays(-30), GeneratedHistory.End, KpiDimension.Agent, CancellationToken.None);

    [Benchmark]
    public Task<KpiReport> ByHour() => _reports.KpisAsync(GeneratedHistory.End.AddDays(-30), GeneratedHistory.End, KpiDimension.Hour, CancellationToken.None);

    private sealed class Databases(DbContextOptions<SqliteCareDb> options) : IDbContextFactory<CareDb>
    {
        public CareDb CreateDbContext() => new SqliteCareDb(options);
    }
}
