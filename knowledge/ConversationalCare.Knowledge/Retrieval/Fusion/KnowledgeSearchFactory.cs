using System.ClientModel;
using System.ClientModel.Primitives;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>Creates the host's search: empty until the database fills it, with embeddings when configured.</summary>
internal static class KnowledgeSearchFactory
{
    public static LuceneKnowledgeSearch Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        // A generator registered by the host (any provider) wins; otherwise the configured OpenAI-compatible endpoint.
        var generator = services.GetService<IEmbeddingGenerator<string, Embedding<float>>>() ?? FromOptions(options.Embeddings);
        return new LuceneKnowledgeSearch(
            [], options, generator, services.GetRequiredService<ILogger<LuceneKnowledgeSearch>>(), services.GetService<TimeProvider>());
    }

    /// <summary>The OpenAI-compatible generator the options describe; null when no endpoint is set.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>>? FromOptions(KnowledgeEmbeddingOptions embeddings)
    {
        if (!embeddings.IsConfigured) return null;
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(embeddings, new ValidationContext(embeddings), problems, validateAllProperties: true)
            || !embeddings.Endpoint!.IsAbsoluteUri || string.IsNullOrWhiteSpace(embeddings.ModelId))
        {
            var reasons = problems.Select(p => p.ErrorMessage).DefaultIfEmpty("Endpoint must be an absolute URI and ModelId non-empty");
            throw new OptionsValidationException(KnowledgeOptions.Section + ":Embeddings", typeof(KnowledgeEmbeddingOptions),
                [.. reasons.Select(r => $"{KnowledgeOptions.Section}:Embeddings: {r}")]);
        }

        var client = new OpenAIClient(new ApiKeyCredential(embeddings.ApiKey is { Length: > 0 } key ? key : "none"), new OpenAIClientOptions
        {
            Endpoint = embeddings.Endpoint,
            // Our own timeouts bound every call; a retry would only make a customer wait longer for the fallback.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        return client.GetEmbeddingClient(embeddings.ModelId).AsIEmbeddingGenerator();
    }
}
