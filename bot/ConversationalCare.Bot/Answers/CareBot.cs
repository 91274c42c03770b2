using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Answers;

/// <summary>The last step of a turn: decide, then reply. Typing shows while knowledge is searched.</summary>
public sealed class CareBot(AnswerDecider decider, ILogger<CareBot> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(Activities.ActivityTypes.Message)) await turn.SendTypingAsync(cancellationToken);
        var decision = await decider.DecideAsync(turn.Activity, turn.Locale, cancellationToken);
        logger.LogInformation("Turn in {ConversationId}: {Kind} ({Reason})", turn.Conversation.Id, decision.Kind, decision.Reason);
        foreach (var reply in ReplyComposer.Compose(decision, turn.Locale))
            await turn.SendAsync(reply, cancellationToken);
        await next();
    }
}
