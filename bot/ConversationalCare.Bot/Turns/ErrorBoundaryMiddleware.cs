using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Telemetry;

namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Catches every failure of a turn exactly once. A customer whose message was accepted always hears back:
/// an apology and a way forward, never silence.
/// </summary>
public sealed class ErrorBoundaryMiddleware(ILogger<ErrorBoundaryMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        try
        {
            await next();
        }
        catch (Exception error) when (turn.Recorded is null)
        {
            turn.Measurement.Outcome = TurnOutcomes.Error;
            // Nothing was accepted, so the channel must report failure and the client may retry.
            logger.LogError(error, "Turn failed before the activity was stored in conversation {ConversationId}", turn.Conversation.Id);
            turn.Accepted.TrySetException(error);
        }
        catch (Exception error)
        {
            turn.Measurement.Outcome = TurnOutcomes.Error;
            logger.LogError(error, "Turn failed in conversation {ConversationId}", turn.Conversation.Id);
            await ApologiseAsync(turn);
        }
    }

    private async Task ApologiseAsync(TurnContext turn)
    {
        try
        {
            await turn.SendAsync(ReplyComposer.Apology(turn.Locale), CancellationToken.None);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Could not even apologise in conversation {ConversationId}", turn.Conversation.Id);
        }
    }
}
