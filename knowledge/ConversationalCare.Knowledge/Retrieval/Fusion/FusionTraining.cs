using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// Trains the classifier (and embeds phrasings, when configured) for each new index, one build at a time and in
/// the background: the new index answers with BM25 and character grams at once, and the learned signals join when
/// ready. A newer rebuild cancels training for an older one, whose index nobody searches any more.
/// </summary>
internal sealed class FusionTraining(
    Func<string, string, PhrasingFeatures> terms, Action<KnowledgeIndex> trained, QuestionEmbeddings? embeddings, ILogger logger) : IDisposable
{
    private readonly Lock gate = new();
    private CancellationTokenSource? running;
    private Task completion = Task.CompletedTask;
    private Task classified = Task.CompletedTask;

    /// <summary>Finishes when the latest index has every model it will get (never faults).</summary>
    public Task Completion
    {
        get { lock (gate) return completion; }
    }

    /// <summary>Finishes when the latest index has its classifier (or training gave up); vectors may still follow.</summary>
    public Task Classified
    {
        get { lock (gate) return classified; }
    }

    public void Start(KnowledgeIndex index)
    {
        lock (gate)
        {
            running?.Cancel();
            var cancel = running = new CancellationTokenSource();
            var classifier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            classified = classifier.Task;
            completion = completion.ContinueWith(_ => TrainAsync(index, classifier, cancel.Token), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    public void Dispose()
    {
        lock (gate) running?.Cancel();
    }

    private async Task TrainAsync(KnowledgeIndex index, TaskCompletionSource classifier, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            index.Models.Classifier = PhrasingClassifier.Train(index.Articles, terms, cancellationToken);
            if (index.Models.Classifier is not null)
                logger.LogInformation("Article classifier trained on {Count} articles in {Elapsed:F0} ms",
                    index.Articles.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            trained(index);
            classifier.TrySetResult();
            if (embeddings is not null && index.Articles.Count > 0)
                index.Models.Vectors = await embeddings.EmbedPhrasingsAsync(index.Articles, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded by a newer rebuild (ML.NET reports a cancelled fit in more than one way).
        }
        catch (Exception ex)
        {
            // BM25 and character grams still answer; the next publish trains again.
            logger.LogError(ex, "Training the article classifier failed; retrieval uses its other signals meanwhile");
        }
        finally
        {
            classifier.TrySetResult();
        }
    }
}
