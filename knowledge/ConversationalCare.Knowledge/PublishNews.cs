namespace ConversationalCare.Knowledge;

/// <summary>What a publish changed: the articles the bot answers from, or the phrases its models train on.</summary>
public enum PublishedContent { Articles, Training }

/// <summary>
/// Where knowledge publishes meet other host instances. Publishes through this process are told to whoever relays
/// them (the host's cluster events, when it runs several instances); news of publishes made elsewhere wakes this
/// process's watches at once, instead of at their next poll of the database, which stays the fallback.
/// </summary>
public sealed class PublishNews(Training.TrainingSignal training)
{
    private TaskCompletionSource _articles = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised after a publish through this process is committed and applied here.</summary>
    public event Action<PublishedContent>? PublishedHere;

    /// <summary>Another instance published: re-read the database now.</summary>
    public void PublishedElsewhere(PublishedContent content)
    {
        if (content == PublishedContent.Training) training.Notify();
        else Interlocked.Exchange(ref _articles, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>A publish through this process: wakes this process's training watch and tells the relay.</summary>
    internal void Here(PublishedContent content)
    {
        if (content == PublishedContent.Training) training.Notify();
        PublishedHere?.Invoke(content);
    }

    /// <summary>Completes at the next article publish elsewhere; taken before checking, so none is missed.</summary>
    internal Task NextArticlesElsewhereAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _articles).Task.WaitAsync(cancellationToken);
}
