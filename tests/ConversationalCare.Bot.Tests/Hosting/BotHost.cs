using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ConversationalCare.Tests;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// The real host on Kestrel over loopback with its own temporary SQLite file (or PostgreSQL database, see
/// <see cref="TestDatabase"/>), so tests speak HTTP and WebSocket exactly as Web Chat would. Pass a data directory to
/// start a second host on the same data (a restart).
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;

    private readonly Action<IServiceCollection>? _services;

    private readonly string _environment;

    private IHost? _host;

    /// <param name="services">Replaces services after the host registered its own (a fake clock, say).</param>
    /// <param name="environment">"Production" starts without demo accounts or demo tokens, as a real install does.</param>
    public BotHost(Dictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IServiceCollection>? services = null,
        string environment = "Development")
    {
        _services = services;
        _environment = environment;
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        _settings = new(settings ?? []) { ["ConversationalCare:DataDirectory"] = DataDirectory };
        _settings.TryAdd("ConversationalCare:DirectLine:Secret", TestSecret);
        // A test that names its own database (several hosts of one database) keeps it.
        if (!_settings.ContainsKey("ConversationalCare:Database:ConnectionString"))
            foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory)) _settings.TryAdd(key, value);
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public const string TestSecret = "test-directline-secret";
    public string DataDirectory { get; }
    public Uri BaseAddress { get; }

    /// <summary>Settings for another host of this host's database that keeps its own data directory (another machine).</summary>
    public Dictionary<string, string?> SameDatabase() => TestDatabase.IsPostgreSql
        ? new(TestDatabase.SettingsFor(DataDirectory))
        : new() { ["ConversationalCare:ConnectionString"] = $"Data Source={Path.Combine(DataDirectory, "conversationalcare.db")}" };

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Stops the host as SIGTERM does (the generic host's StopAsync), for tests of what a stop finishes and refuses.</summary>
    public Task StopAsync() => _host!.StopAsync();

    protected override IHost CreateHost(IHostBuilder builder) => _host = base.CreateHost(builder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataDirectory) DeleteData(DataDirectory);
    }

    public static void DeleteData(string directory)
    {
        TestDatabase.Drop(directory);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
