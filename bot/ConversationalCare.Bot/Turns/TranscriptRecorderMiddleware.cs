using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Telemetry;

namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Stores what the customer sent before anything else happens; the channel acknowledges only after this commit.
/// Then the turn waits for the conversation's earlier turns, so answers come in the order questions were asked.
/// conversationUpdate (synthesised by us) and typing are not part of the transcript.
/// </summary>
public sealed class TranscriptRecorderMiddleware(TranscriptWriter transcript, TurnOrder order) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        // The place is taken before the append so the line follows arrival order, as the transcript does.
        using var place = order.Enter(turn.Conversation.Id);
        if (IsTranscribed(turn.Activity))
        {
            Activity stored;
            using (turn.Measurement.Stage(TurnStage.Store))
                stored = await transcript.AppendAsync(turn.Conversation.Id, turn.Activity, cancellationToken);
            turn.MarkRecorded(stored);
        }
        await place.WaitForEarlierTurnsAsync(cancellationToken);
        await next();
    }

    private static bool IsTranscribed(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.EndOfConversation);
}
