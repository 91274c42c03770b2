using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConversationalCare.Bot.Benchmarks.Supervision;

// `--quick` times the KPI query with a stopwatch (seconds, for a smoke check); otherwise BenchmarkDotNet runs in
// process (no per-benchmark project build) with enough iterations for a stable median.
if (args.Contains("--quick"))
{
    var bench = new KpiQueryBenchmarks { Conversations = 100_000 };
    var generate = System.Diagnostics.Stopwatch.StartNew();
    bench.Setup();
    Console.WriteLine($"data ready in {generate.Elapsed.TotalSeconds:0.0} s");
    var warm = System.Diagnostics.Stopwatch.StartNew();
    await bench.Cache.WarmAsync(CancellationToken.None);
    Console.WriteLine($"facts pre-aggregated (what the host does at start) in {warm.Elapsed.TotalMilliseconds:0} ms");
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
    var process = System.Diagnostics.Process.GetCurrentProcess();
    List<double> wall = [], cpu = [];
    for (var i = 0; i < 9; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = await bench.Overall();
        wall.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        Console.WriteLine($"run {i + 1}: {wall[^1]:0} ms wall, {cpu[^1]:0} ms CPU; {report.Overall.Conversations} conversations, previous period {report.Previous.Conversations}");
    }
    wall.Sort();
    cpu.Sort();
    Console.WriteLine($"median {wall[wall.Count / 2]:0} ms wall, {cpu[cpu.Count / 2]:0} ms CPU (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    return 0;
}

var config = DefaultConfig.Instance.AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median).AddJob(Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithStrategy(RunStrategy.Monitoring)
    .WithWarmupCount(2)
    .WithIterationCount(15));
BenchmarkSwitcher.FromAssembly(typeof(KpiQueryBenchmarks).Assembly).Run(args, config);
return 0;
