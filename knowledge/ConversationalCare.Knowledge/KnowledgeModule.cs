using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge;

public static class KnowledgeModule
{
    /// <summary>Registers <see cref="KnowledgeOptions"/>, the article search and the article catalog, loaded from the sample files.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.ClarifyThreshold <= o.AnswerThreshold,
                $"{KnowledgeOptions.Section}:ClarifyThreshold must not exceed AnswerThreshold.")
            .Validate(o => Directory.Exists(o.ResolveSamplesDirectory()),
                $"{KnowledgeOptions.Section}:SamplesDirectory must name an existing folder of article JSON files.")
            .ValidateOnStart();

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var articles = new SampleArticleSource(options.ResolveSamplesDirectory()).Load();
            return new LuceneKnowledgeSearch(articles, options);
        });
        builder.Services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<LuceneKnowledgeSearch>());
        builder.Services.AddSingleton<IArticleCatalog>(sp => sp.GetRequiredService<LuceneKnowledgeSearch>());
        builder.Services.AddHostedService<IndexWarmup>();
        return builder;
    }
}
