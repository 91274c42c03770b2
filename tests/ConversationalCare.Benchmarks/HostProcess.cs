using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConversationalCare.Benchmarks;

/// <summary>
/// A private host started for the run: its own loopback port, a fresh data directory, rate limits lifted,
/// warnings-only logging. Killed and cleaned up on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly DirectoryInfo _dataDirectory;

    private HostProcess(Process process, DirectoryInfo dataDirectory, Uri baseUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
        _process.OutputDataReceived += (_, line) => Log.Add(line.Data);
        _process.ErrorDataReceived += (_, line) => Log.Add(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }
    public int ProcessId => _process.Id;
    public HostLog Log { get; } = new();

    /// <param name="settings">Extra environment for the host, e.g. a demo agent token for the handoff benchmark.</param>
    public static async Task<HostProcess> StartAsync(string hostDll, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var dataDirectory = Directory.CreateTempSubdirectory("cc-bench-data-");
        var start = new ProcessStartInfo(DotnetExecutable(), [hostDll, "--urls", baseUrl.ToString().TrimEnd('/')])
        {
            // The content root (appsettings.json, wwwroot) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConversationalCare__DataDirectory"] = dataDirectory.FullName;
        start.Environment["ConversationalCare__DirectLine__ActivitiesPerMinute"] = "1000000";
        start.Environment["ConversationalCare__DirectLine__ConversationsPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings) start.Environment[name] = value;

        var host = new HostProcess(Process.Start(start)!, dataDirectory, baseUrl);
        try
        {
            await host.WaitUntilHealthyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy:\n{Log.Tail(40)}");
            try
            {
                using var response = await probe.GetAsync("/healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"GET /healthz did not answer 200 within {StartTimeout.TotalSeconds:0} s:\n{Log.Tail(40)}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException) { }
        _process.Dispose();
        try { _dataDirectory.Delete(recursive: true); }
        catch (IOException error) { Console.Error.WriteLine($"Could not delete {_dataDirectory.FullName}: {error.Message}"); }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The SDK exports the muxer's path to child processes; otherwise rely on PATH.</summary>
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
}

/// <summary>The host's console output: a tail for diagnosis and a count of warning and failure entries by category.</summary>
public sealed class HostLog
{
    private const int TailLines = 400;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly ConcurrentDictionary<string, int> _entries = new();

    public void Add(string? line)
    {
        if (line is null) return;
        _tail.Enqueue(line);
        while (_tail.Count > TailLines) _tail.TryDequeue(out _);
        // Console logger headers look like "fail: Some.Category[0]".
        if (line.Length > 6 && line[4] == ':' && line[..4] is "warn" or "fail" or "crit")
            _entries.AddOrUpdate(line.Trim(), 1, (_, count) => count + 1);
    }

    public IReadOnlyDictionary<string, int> Entries => _entries;

    public string Tail(int lines) => string.Join('\n', _tail.TakeLast(lines));
}
