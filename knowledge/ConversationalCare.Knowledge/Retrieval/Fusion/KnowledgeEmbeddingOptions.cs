namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// <c>ConversationalCare:Knowledge:Embeddings</c>: an OpenAI-compatible <c>/v1/embeddings</c> endpoint whose vectors
/// join retrieval. Unset Endpoint means local signals only (the default: nothing needs a key or the internet).
/// </summary>
public sealed class KnowledgeEmbeddingOptions
{
    /// <summary>Base address such as <c>https://api.openai.com/v1</c> or a local server's <c>http://127.0.0.1:8080/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    public string ModelId { get; set; } = "text-embedding-3-small";

    /// <summary>Sent as a bearer token; local servers usually accept any value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a customer's search waits for a question's vector before answering without it.</summary>
    [System.ComponentModel.DataAnnotations.Range(50, 10_000)]
    public int QueryTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>How long one batch of phrasings may take at rebuild.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 600)]
    public int RebuildTimeoutSeconds { get; set; } = 30;

    /// <summary>After a failure, searches skip the endpoint this long so customers don't each wait for the timeout.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;

    public bool IsConfigured => Endpoint is not null;

    internal EmbeddingSettings Settings => new(
        TimeSpan.FromMilliseconds(QueryTimeoutMilliseconds), TimeSpan.FromSeconds(RebuildTimeoutSeconds), TimeSpan.FromSeconds(RetryAfterSeconds));
}
