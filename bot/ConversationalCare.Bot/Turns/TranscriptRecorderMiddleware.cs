using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Turns;

/// <summary>
/// Stores what the customer sent before anything else happens; the channel acknowledges only after this commit.
/// conversationUpdate (synthesised by us) and typing are not part of the transcript.
/// </summary>
public sealed class TranscriptRecorderMiddleware(TranscriptWriter transcript) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (IsTranscribed(turn.Activity))
        {
            var stored = await transcript.AppendAsync(turn.Conversation.Id, turn.Activity, cancellationToken);
            turn.MarkRecorded(stored);
        }
        await next();
    }

    private static bool IsTranscribed(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.EndOfConversation);
}
