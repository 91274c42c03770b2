using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ConversationalCare.Tests;

namespace ConversationalCare.Knowledge.Tests;

public sealed class KnowledgeModuleTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("knowledge-module-data-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(dataDirectory);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(settings
            .Select(s => KeyValuePair.Create($"ConversationalCare:Knowledge:{s.Key}", (string?)s.Value))
            .Append(KeyValuePair.Create("ConversationalCare:DataDirectory", (string?)dataDirectory))
            .Concat(TestDatabase.SettingsFor(dataDirectory)));
        builder.AddKnowledge();
        return builder.Build();
    }

    [Fact]
    public async Task Serves_the_sample_articles_through_search_and_catalog_by_default()
    {
        using var host = Host();
        await host.StartAsync();

        var search = host.Services.GetRequiredService<IKnowledgeSearch>();
        var catalog = host.Services.GetRequiredService<IArticleCatalog>();

        var result = await search.SearchAsync("where is my parcel", "en-US");
        Assert.Equal("en-track-parcel", result.Best?.Article.Key);
        Assert.Equal("en-missed-delivery", catalog.Find("en-missed-delivery")?.Key);
        Assert.True(catalog.All.Count >= 64);
        await host.StopAsync();
    }

    [Fact]
    public async Task Uses_the_configured_thresholds()
    {
        using var host = Host(("AnswerThreshold", "0.99"), ("ClarifyThreshold", "0.98"));
        await host.StartAsync();

        var result = await host.Services.GetRequiredService<IKnowledgeSearch>().SearchAsync("is delivery free", "en-US");

        Assert.Equal(AnswerConfidence.None, result.Confidence);
        Assert.Equal("en-shipping-fees", result.Best?.Article.Key);
        await host.StopAsync();
    }

    [SqliteFact]
    public async Task Keeps_the_knowledge_base_beside_the_conversations_unless_told_otherwise()
    {
        var elsewhere = Path.Combine(dataDirectory, "elsewhere");
        using (var host = Host())
        {
            await host.StartAsync();
            await host.StopAsync();
        }
        using (var host = Host(("DataDirectory", elsewhere)))
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        Assert.True(File.Exists(Path.Combine(dataDirectory, "knowledge.db")));
        Assert.True(File.Exists(Path.Combine(elsewhere, "knowledge.db")));
    }

    [Theory]
    [InlineData("AnswerThreshold", "1.5")]
    [InlineData("RefreshSeconds", "-1")]
    [InlineData("ClarifyThreshold", "-0.1")]
    [InlineData("ClarifyThreshold", "0.9")]
    [InlineData("SamplesDirectory", "no/such/folder")]
    [InlineData("SamplesDirectory", "")]
    public async Task Refuses_to_start_with_invalid_settings(string key, string value)
    {
        using var host = Host((key, value));

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Theory]
    [InlineData("Oracle", "Host=db", "ConversationalCare:Database:Provider must be Sqlite or PostgreSql, not 'Oracle'.")]
    [InlineData("PostgreSql", "", "ConversationalCare:Database:ConnectionString is required when ConversationalCare:Database:Provider is PostgreSql.")]
    public async Task Refuses_to_start_with_invalid_database_settings_and_says_which(string provider, string connectionString, string reason)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConversationalCare:DataDirectory"] = dataDirectory,
            ["ConversationalCare:Database:Provider"] = provider,
            ["ConversationalCare:Database:ConnectionString"] = connectionString,
        });
        builder.AddKnowledge();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(reason, error.Failures);
    }

    [Fact]
    public async Task Refuses_to_start_when_a_sample_file_is_broken()
    {
        var directory = Directory.CreateTempSubdirectory("knowledge-module-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "en-US.json"), "[{ \"key\": ");
            using var host = Host(("SamplesDirectory", directory.FullName));

            var error = await Assert.ThrowsAsync<InvalidDataException>(() => host.StartAsync());

            Assert.Contains("en-US.json", error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
