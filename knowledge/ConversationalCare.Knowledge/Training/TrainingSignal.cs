namespace ConversationalCare.Knowledge.Training;

/// <summary>
/// Tells this process at once that a model's phrases were published, so the bot retrains without waiting for its
/// poll of the database (which is what catches publishes made through other instances).
/// </summary>
public sealed class TrainingSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next publish after the call; take it before checking the database so none is missed.</summary>
    public Task NextAsync(CancellationToken cancellationToken) => Volatile.Read(ref next).Task.WaitAsync(cancellationToken);

    internal void Notify() =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
