using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Knowledge.Tests;

/// <summary>
/// The knowledge module in a real host on its own temporary SQLite file (or PostgreSQL database, see
/// <see cref="ConversationalCare.Tests.TestDatabase"/>). Starts with no articles unless given a
/// samples folder; <see cref="RestartAsync"/> starts a fresh host on the same data, like a process restart.
/// </summary>
public sealed class KnowledgeHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string? samplesDirectory;
    private readonly (string Key, string Value)[] settings;
    private readonly string emptySamples;

    private readonly bool ownsDataDirectory;

    private KnowledgeHost(string dataDirectory, bool ownsDataDirectory, string? samplesDirectory, (string, string)[] settings, FakeTimeProvider clock)
    {
        this.ownsDataDirectory = ownsDataDirectory;
        DataDirectory = dataDirectory;
        this.samplesDirectory = samplesDirectory;
        this.settings = settings;
        Clock = clock;
        emptySamples = Directory.CreateDirectory(Path.Combine(dataDirectory, "no-samples")).FullName;
        Host = Build();
    }

    public string DataDirectory { get; }
    public FakeTimeProvider Clock { get; }
    public IHost Host { get; private set; }

    public ArticleCuration Curation => Host.Services.GetRequiredService<ArticleCuration>();
    public ArticleImporter Importer => Host.Services.GetRequiredService<ArticleImporter>();
    public ArticleExporter Exporter => Host.Services.GetRequiredService<ArticleExporter>();
    public IKnowledgeSearch Search => Host.Services.GetRequiredService<IKnowledgeSearch>();
    public IArticleCatalog Catalog => Host.Services.GetRequiredService<IArticleCatalog>();

    /// <param name="samplesDirectory">Seed source; null seeds nothing.</param>
    /// <param name="dataDirectory">Share another host's data (a second instance); null makes a new temporary folder.</param>
    public static async Task<KnowledgeHost> StartAsync(string? samplesDirectory = null, string? dataDirectory = null, params (string Key, string Value)[] settings)
    {
        var host = new KnowledgeHost(dataDirectory ?? Directory.CreateTempSubdirectory("knowledge-host-").FullName, ownsDataDirectory: dataDirectory is null,
            samplesDirectory, settings, new FakeTimeProvider(Start));
        await host.Host.StartAsync();
        return host;
    }

    public async Task RestartAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Host = Build();
        await Host.StartAsync();
    }

    public async Task<KnowledgeResult> Ask(string question, string locale = "en-US") => await Search.SearchAsync(question, locale);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        // A second instance leaves the shared data to the host that made it.
        if (!ownsDataDirectory) return;
        ConversationalCare.Tests.TestDatabase.Drop(DataDirectory);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }

    private IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Services.AddSingleton<TimeProvider>(Clock);
        var values = new Dictionary<string, string?>
        {
            ["ConversationalCare:DataDirectory"] = DataDirectory,
            ["ConversationalCare:Knowledge:SamplesDirectory"] = samplesDirectory ?? emptySamples,
            ["ConversationalCare:Knowledge:RefreshSeconds"] = "0",
        };
        foreach (var (key, value) in settings) values[$"ConversationalCare:Knowledge:{key}"] = value;
        foreach (var (key, value) in ConversationalCare.Tests.TestDatabase.SettingsFor(DataDirectory)) values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.AddKnowledge();
        return builder.Build();
    }
}
