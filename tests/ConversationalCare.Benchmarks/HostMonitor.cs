using System.Diagnostics;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// Watches the host (or several hosts, summed) through /proc/{pid}: resident memory and threads sampled every 200 ms, CPU time per round.
/// VmHWM is the kernel's own resident peak, so a spike between samples still counts; it is reset at each round
/// start (clear_refs 5) where the kernel allows, otherwise only the sampled VmRSS is reported.
/// </summary>
public sealed class HostMonitor : IAsyncDisposable
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(200);
    private readonly IReadOnlyList<int> _processIds;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly Lock _gate = new();
    private long _peakRssKb;
    private int _peakThreads;
    private bool _peakWasReset;
    private long _roundStartedAt;
    private TimeSpan _hostCpuAtStart;
    private TimeSpan _clientCpuAtStart;
    private TimeSpan _machineCpuAtStart;

    public HostMonitor(IReadOnlyList<int> processIds)
    {
        _processIds = processIds;
        _sampling = SampleAsync(_stop.Token);
    }

    public void BeginRound()
    {
        lock (_gate) (_peakRssKb, _peakThreads) = (0, 0);
        _peakWasReset = TryResetPeak();
        Sample();
        _roundStartedAt = Stopwatch.GetTimestamp();
        _hostCpuAtStart = HostCpu();
        _clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        _machineCpuAtStart = MachineCpu();
    }

    public HostUsage EndRound()
    {
        var wall = Stopwatch.GetElapsedTime(_roundStartedAt);
        var hostCpu = HostCpu() - _hostCpuAtStart;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - _clientCpuAtStart;
        var otherCpu = MachineCpu() - _machineCpuAtStart - hostCpu - clientCpu;
        Sample();
        lock (_gate)
        {
            var hwmKb = ReadStatus()?.HwmKb ?? 0;
            // Without a reset VmHWM is the peak since the host started, which may predate this round.
            var peakKb = _peakWasReset ? Math.Max(hwmKb, _peakRssKb) : _peakRssKb;
            return new HostUsage(
                PeakMb: Math.Round(peakKb / 1024.0, 1),
                PeakThreads: _peakThreads,
                HostCpuPercent: Math.Round(100 * hostCpu / wall),
                ClientCpuPercent: Math.Round(100 * clientCpu / wall),
                OtherCpuPercent: Math.Max(0, Math.Round(100 * otherCpu / wall)),
                PeakWasReset: _peakWasReset);
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken)) Sample();
        }
        catch (OperationCanceledException) { }
    }

    private void Sample()
    {
        if (ReadStatus() is not { } status) return;
        lock (_gate)
        {
            _peakRssKb = Math.Max(_peakRssKb, status.RssKb);
            _peakThreads = Math.Max(_peakThreads, status.Threads);
        }
    }

    private bool TryResetPeak() => _processIds.Select(TryResetPeak).ToArray().All(reset => reset);

    private static bool TryResetPeak(int processId)
    {
        try
        {
            File.WriteAllText($"/proc/{processId}/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Summed over the hosts; with several, the summed peaks may exceed the peak of the sum.</summary>
    private ProcStatus? ReadStatus()
    {
        var each = _processIds.Select(ReadStatus).OfType<ProcStatus>().ToList();
        return each.Count == 0 ? null : new ProcStatus(each.Sum(s => s.RssKb), each.Sum(s => s.HwmKb), each.Sum(s => s.Threads));
    }

    private static ProcStatus? ReadStatus(int processId)
    {
        try
        {
            long rss = 0, hwm = 0;
            var threads = 0;
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = FirstNumber(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = FirstNumber(line);
                else if (line.StartsWith("Threads:", StringComparison.Ordinal)) threads = (int)FirstNumber(line);
            }
            return new ProcStatus(rss, hwm, threads);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException) { return null; }
    }

    private TimeSpan HostCpu() => _processIds.Aggregate(TimeSpan.Zero, (sum, processId) => sum + HostCpu(processId));

    /// <summary>utime + stime from /proc/{pid}/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux).</summary>
    private static TimeSpan HostCpu(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name may contain spaces; fields are counted after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException) { return TimeSpan.Zero; }
    }

    /// <summary>Busy time of all cores from /proc/stat: everything but idle and iowait, in 1/100 s ticks.</summary>
    private static TimeSpan MachineCpu()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ticks = fields.Skip(1).Take(8).Select(long.Parse).ToArray();
            return TimeSpan.FromMilliseconds((ticks.Sum() - ticks[3] - ticks[4]) * 10);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException) { return TimeSpan.Zero; }
    }

    /// <summary>"VmRSS:     123456 kB" → 123456; "Threads:  42" → 42.</summary>
    private static long FirstNumber(string line) =>
        long.TryParse(line.AsSpan(line.IndexOf(':') + 1).Trim().ToString().Split(' ')[0], out var value) ? value : 0;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private sealed record ProcStatus(long RssKb, long HwmKb, int Threads);
}

/// <summary>
/// One round as the host experienced it. CPU percentages are of one core, so two busy cores read 200; "other" is
/// every other process on the machine, which on a shared box is what makes figures noisy.
/// </summary>
public sealed record HostUsage(double PeakMb, int PeakThreads, double HostCpuPercent, double ClientCpuPercent, double OtherCpuPercent, bool PeakWasReset);
