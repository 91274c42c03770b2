using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// Talks to the configured embedding generator for retrieval: phrasings at rebuild, questions at search (cached).
/// Any failure or timeout means "no vectors this time": the search fuses its local signals instead, logs why once
/// per outage, and stops asking for a while so customers don't wait on a dead endpoint turn after turn.
/// </summary>
internal sealed class QuestionEmbeddings(
    IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingSettings settings, TimeProvider clock, ILogger logger)
{
    private const int MaxCachedQuestions = 4096;
    private const int BatchSize = 64;

    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private long retryAfterTicks;
    private int failing;

    /// <summary>Vectors for every phrasing of every article; null if the generator failed (already logged).</summary>
    public async Task<PhrasingVectors?> EmbedPhrasingsAsync(IReadOnlyList<IndexedArticle> articles, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var articleOfPhrasing = new List<int>();
        for (var ordinal = 0; ordinal < articles.Count; ordinal++)
            foreach (var text in articles[ordinal].Article.AlternateQuestions.Prepend(articles[ordinal].Article.Question))
            {
                texts.Add(text);
                articleOfPhrasing.Add(ordinal);
            }

        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(BatchSize))
        {
            var embedded = await GenerateAsync(batch, settings.RebuildTimeout, cancellationToken);
            if (embedded is null) return null;
            vectors.AddRange(embedded);
        }
        return new PhrasingVectors(vectors, articleOfPhrasing);
    }

    /// <summary>The question's unit vector, or null when the generator is failing or too slow.</summary>
    public async Task<float[]?> EmbedQuestionAsync(string question, CancellationToken cancellationToken)
    {
        var key = PhrasingText.Normalize(question);
        if (cache.TryGetValue(key, out var cached)) return cached;
        if (clock.GetUtcNow().UtcTicks < Interlocked.Read(ref retryAfterTicks)) return null;

        var embedded = await GenerateAsync([question], settings.QueryTimeout, cancellationToken);
        if (embedded is not [var vector]) return null;
        // Crude but bounded: a full cache starts over rather than tracking recency on every hit.
        if (cache.Count >= MaxCachedQuestions) cache.Clear();
        cache[key] = vector;
        return vector;
    }

    private async Task<IReadOnlyList<float[]>?> GenerateAsync(IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var result = await generator.GenerateAsync(texts, options: null, limit.Token);
            if (result.Count != texts.Count) throw new InvalidDataException($"asked for {texts.Count} embeddings, got {result.Count}");
            if (Interlocked.Exchange(ref failing, 0) == 1) logger.LogInformation("Embedding endpoint answers again; vectors rejoin retrieval");
            return result.Select(e => PhrasingVectors.UnitLength(e.Vector.Span)).ToList();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref retryAfterTicks, (clock.GetUtcNow() + settings.RetryAfter).UtcTicks);
            if (Interlocked.Exchange(ref failing, 1) == 0)
                logger.LogWarning(ex, "Embedding endpoint failed ({Reason}); retrieval uses local signals only for now",
                    ex is OperationCanceledException ? $"no answer within {timeout.TotalMilliseconds:F0} ms" : ex.Message);
            return null;
        }
    }
}

/// <summary>Timeouts for <see cref="QuestionEmbeddings"/>.</summary>
internal sealed record EmbeddingSettings(TimeSpan QueryTimeout, TimeSpan RebuildTimeout, TimeSpan RetryAfter);
