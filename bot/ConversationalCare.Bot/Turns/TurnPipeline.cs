namespace ConversationalCare.Bot.Turns;

/// <summary>Runs the registered middleware in registration order (see BotModule for the order and why).</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> steps)
{
    private readonly ITurnMiddleware[] _steps = steps.ToArray();

    public Task RunAsync(TurnContext turn, CancellationToken cancellationToken) => RunFrom(0, turn, cancellationToken);

    private Task RunFrom(int index, TurnContext turn, CancellationToken cancellationToken) =>
        index < _steps.Length
            ? _steps[index].OnTurnAsync(turn, () => RunFrom(index + 1, turn, cancellationToken), cancellationToken)
            : Task.CompletedTask;
}
