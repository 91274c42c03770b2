using System.Text.Json;
using ConversationalCare.Bot.Turns;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Answers;

/// <summary>The last step of a turn: decide, then reply. Typing shows while knowledge is searched.</summary>
public sealed class CareBot(AnswerDecider decider, IOptions<UnderstandingOptions> understanding, ILogger<CareBot> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(Activities.ActivityTypes.Message)) await turn.SendTypingAsync(cancellationToken);
        var decision = await decider.DecideAsync(turn.Activity, turn.Locale, turn.Understanding, cancellationToken);
        logger.LogInformation("Turn in {ConversationId}: {Kind} ({Reason}); intent {Intent}, emotion {Emotion}", turn.Conversation.Id,
            decision.Kind, decision.Reason, turn.Understanding?.Intent.Intent, turn.Understanding?.Emotion.Label);
        foreach (var reply in ReplyComposer.Compose(decision, turn.Locale))
        {
            if (understanding.Value.ExposeInChannelData && turn.Understanding is { } understood)
                reply.ChannelData = JsonSerializer.SerializeToElement(new { understanding = understood.ToChannelData() });
            await turn.SendAsync(reply, cancellationToken);
        }
        await next();
    }
}
