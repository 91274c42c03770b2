namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Keeps a conversation's turns in arrival order: a customer who sends two messages quickly gets the answers in
/// that order. A turn takes its place when it arrives and waits for the turns before it only after its message is
/// stored, so acknowledging a message never waits for the bot. Order is per host instance; scaled out, a load
/// balancer with conversation affinity keeps a conversation on one instance.
/// </summary>
public sealed class TurnOrder
{
    private readonly Dictionary<string, Task> _lastTurn = new();

    /// <summary>Takes the next place in the conversation's line. Dispose the place when the turn is done.</summary>
    public Place Enter(string conversationId)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_lastTurn)
        {
            previous = _lastTurn.GetValueOrDefault(conversationId, Task.CompletedTask);
            _lastTurn[conversationId] = done.Task;
        }
        return new Place(this, conversationId, previous, done);
    }

    private void Leave(string conversationId, TaskCompletionSource done)
    {
        lock (_lastTurn)
        {
            // Forget the conversation when nobody queued behind this turn.
            if (_lastTurn.TryGetValue(conversationId, out var last) && last == done.Task) _lastTurn.Remove(conversationId);
        }
        done.TrySetResult();
    }

    public sealed class Place(TurnOrder order, string conversationId, Task previous, TaskCompletionSource done) : IDisposable
    {
        /// <summary>Completes when every earlier turn of the conversation has finished.</summary>
        public Task WaitForEarlierTurnsAsync(CancellationToken cancellationToken) => previous.WaitAsync(cancellationToken);

        public void Dispose() => order.Leave(conversationId, done);
    }
}
