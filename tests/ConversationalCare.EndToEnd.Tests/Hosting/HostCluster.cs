using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Npgsql;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// Several real hosts as an operator runs them on several machines: each its own `dotnet ConversationalCare.Bot.dll`
/// process, all on one fresh PostgreSQL database and one Redis, behind nginx started from the repository's
/// deploy/nginx.conf (its ports swapped for free ones). Hosts can be killed with SIGKILL and started again.
/// </summary>
public sealed partial class HostCluster : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _databaseName;
    private readonly string _connectionString;
    private readonly Process _proxy;

    private HostCluster(string folder, string databaseName, string connectionString, Process proxy, Uri proxyAddress, IReadOnlyList<ClusterHost> hosts)
    {
        _folder = folder;
        _databaseName = databaseName;
        _connectionString = connectionString;
        _proxy = proxy;
        ProxyAddress = proxyAddress;
        Hosts = hosts;
    }

    /// <summary>Where customers and agents reach the deployment, as they would from outside.</summary>
    public Uri ProxyAddress { get; }

    public IReadOnlyList<ClusterHost> Hosts { get; }

    public ClusterHost this[int index] => Hosts[index];

    public HttpClient NewProxyClient() => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = ProxyAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Starts the hosts one after another (the first applies the migrations and seeds the demo data, as a rolling
    /// deploy does) and nginx in front of them.
    /// </summary>
    public static async Task<HostCluster> StartAsync(int hostCount = 2)
    {
        EndToEndEnvironment.EnsureAvailable(Requires.Cluster);
        var folder = Directory.CreateTempSubdirectory("cc-cluster-").FullName;
        var databaseName = $"cc_cluster_{Guid.NewGuid():n}";
        var database = await CreateDatabaseAsync(databaseName);
        var ports = Enumerable.Range(0, hostCount).Select(_ => FreeLoopbackPort()).ToArray();
        var hosts = new List<ClusterHost>();
        foreach (var (port, index) in ports.Select((port, index) => (port, index)))
        {
            var host = new ClusterHost($"host-{(char)('a' + index)}", new Uri($"http://127.0.0.1:{port}"), Path.Combine(folder, $"host-{index}"), new()
            {
                ["ConversationalCare__Database__Provider"] = "PostgreSql",
                ["ConversationalCare__Database__ConnectionString"] = database,
                ["ConversationalCare__Redis__Configuration"] = EndToEndEnvironment.RedisConfiguration!,
            });
            hosts.Add(host);
            await host.StartAsync();
        }
        var proxyPort = FreeLoopbackPort();
        var proxy = StartProxy(folder, proxyPort, ports);
        var cluster = new HostCluster(folder, databaseName, database, proxy, new Uri($"http://127.0.0.1:{proxyPort}"), hosts);
        await cluster.WaitForProxyAsync();
        return cluster;
    }

    /// <summary>A count straight from the shared database, for what no API shows (how many times something was recorded).</summary>
    public async Task<long> CountAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new("id", id) } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> CreateDatabaseAsync(string name)
    {
        var server = EndToEndEnvironment.PostgresServer!;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>nginx with the repository's sample configuration, only the addresses changed.</summary>
    private static Process StartProxy(string folder, int proxyPort, IReadOnlyList<int> hostPorts)
    {
        var sample = File.ReadAllText(Path.Combine(EndToEndEnvironment.RepositoryDirectory, "deploy", "nginx.conf"));
        var servers = UpstreamServer().Matches(sample);
        if (servers.Count != hostPorts.Count)
            throw new InvalidOperationException($"deploy/nginx.conf names {servers.Count} upstream servers; the cluster has {hostPorts.Count} hosts.");
        var index = 0;
        var configuration = UpstreamServer().Replace(sample, match => $"{match.Groups[1].Value}127.0.0.1:{hostPorts[index++]}");
        configuration = Listen().Replace(configuration, $"listen 127.0.0.1:{proxyPort};");
        var proxyFolder = Directory.CreateDirectory(Path.Combine(folder, "nginx")).FullName;
        var file = Path.Combine(proxyFolder, "nginx.conf");
        File.WriteAllText(file, configuration);
        var start = new ProcessStartInfo(EndToEndEnvironment.NginxPath!)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { "-p", proxyFolder + "/", "-c", file, "-g", "daemon off;" },
        };
        return Process.Start(start)!;
    }

    private async Task WaitForProxyAsync()
    {
        using var http = NewProxyClient();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            if (_proxy.HasExited) throw new InvalidOperationException($"nginx exited: {await _proxy.StandardError.ReadToEndAsync()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("nginx did not answer within 20 s.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"(server\s+)127\.0\.0\.1:\d+")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"listen\s+[^;]+;")]
    private static partial Regex Listen();

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts) await host.DisposeAsync();
        if (!_proxy.HasExited) _proxy.Kill(entireProcessTree: true);
        await _proxy.WaitForExitAsync();
        _proxy.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(EndToEndEnvironment.PostgresServer))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One host process of a <see cref="HostCluster"/>, in Development (demo accounts and tokens) on the shared servers.</summary>
public sealed class ClusterHost(string name, Uri baseAddress, string dataDirectory, Dictionary<string, string> settings) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private Process? _process;
    private readonly List<string> _log = [];

    public string Name { get; } = name;
    public Uri BaseAddress { get; } = baseAddress;

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>What the host printed, for a failure message.</summary>
    public string Log
    {
        get { lock (_log) return string.Join('\n', _log.TakeLast(60)); }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ConversationalCare.Bot.dll"), "--urls", BaseAddress.ToString().TrimEnd('/') },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConversationalCare__DataDirectory"] = dataDirectory,
                ["ConversationalCare__DirectLine__Secret"] = Bot.Tests.Hosting.BotHost.TestSecret,
                // The default of 60 new conversations a minute per address is for the internet, not one test client.
                ["ConversationalCare__DirectLine__ConversationsPerMinute"] = "10000",
                ["ConversationalCare__DirectLine__ActivitiesPerMinute"] = "10000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync();
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log) _log.Add(line);
    }

    private async Task WaitHealthyAsync()
    {
        using var http = NewClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (_process!.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting:\n{Log}");
            if (clock.Elapsed > StartTimeout) throw new TimeoutException($"{Name} was not healthy within {StartTimeout.TotalSeconds} s:\n{Log}");
            await Task.Delay(250);
        }
    }

    /// <summary>`kill -9`: no graceful stop, no chance to flush anything.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
