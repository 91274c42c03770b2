using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Database;
using ConversationalCare.Knowledge.Import;
using ConversationalCare.Knowledge.Retrieval;
using ConversationalCare.Knowledge.Storage;
using ConversationalCare.Knowledge.Training;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge;

public static class KnowledgeModule
{
    /// <summary>
    /// Registers <see cref="KnowledgeOptions"/>, the knowledge database (migrated and seeded on start), the article
    /// search and catalog built from what is published, and the curation, import and export services.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            // Beside the conversations database unless told otherwise; read late so test hosts' settings count.
            .PostConfigure<IConfiguration>((o, configuration) => o.DataDirectory ??= configuration["ConversationalCare:DataDirectory"] ?? "./data")
            .ValidateDataAnnotations()
            .Validate(o => o.ClarifyThreshold <= o.AnswerThreshold,
                $"{KnowledgeOptions.Section}:ClarifyThreshold must not exceed AnswerThreshold.")
            .Validate(o => Directory.Exists(o.ResolveSamplesDirectory()),
                $"{KnowledgeOptions.Section}:SamplesDirectory must name an existing folder of article JSON files.")
            .ValidateOnStart();

        services.AddProviderDb<KnowledgeDb, SqliteKnowledgeDb, PostgreSqlKnowledgeDb>(
            provider => provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.SqliteConnectionString,
            PostgreSqlKnowledgeDb.Configure);

        // Starts empty; KnowledgeStartup fills it from the database before the bot's services start.
        services.AddSingleton(Retrieval.Fusion.KnowledgeSearchFactory.Create);
        services.AddSingleton<IKnowledgeSearch>(provider => provider.GetRequiredService<LuceneKnowledgeSearch>());
        services.AddSingleton<IArticleCatalog>(provider => provider.GetRequiredService<LuceneKnowledgeSearch>());
        services.AddSingleton<PublishedArticles>();
        services.AddSingleton<KnowledgeSeeder>();
        services.AddSingleton<ArticleCuration>();
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<ArticleExporter>();
        // The host registers the TrainingTaxonomy: the bot owns the intent and emotion names.
        services.AddSingleton<TrainingSignal>();
        services.AddSingleton<PublishNews>();
        services.AddSingleton<TrainingCuration>();
        services.AddHostedService<KnowledgeStartup>();
        services.AddHostedService<PublishedArticlesWatch>();
        return builder;
    }
}
