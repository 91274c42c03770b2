namespace ConversationalCare.Bot.Turns;

/// <summary>One step of a turn, Bot Framework style: do something, call next (or not), do something after.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken);
}
