using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Telemetry;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Reads each customer message's intent and emotion, in the language the language step settled on, and stores
/// them beside the message for the console, escalation and reports.
/// </summary>
public sealed class UnderstandingMiddleware(IIntentClassifier intents, IEmotionDetector emotions, TranscriptWriter transcript) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            MessageUnderstanding understood;
            using (turn.Measurement.Stage(TurnStage.Understand))
            {
                // Both may ask a configured cloud provider; asking together keeps the customer's wait to the slower one.
                var intent = intents.ClassifyAsync(turn.Activity.Text, turn.Locale, cancellationToken);
                var emotion = emotions.DetectAsync(turn.Activity.Text, turn.Locale, cancellationToken);
                understood = new MessageUnderstanding(await intent, await emotion);
            }
            turn.Understanding = understood;
            // Not awaited: the writer commits it with (or before) the reply, and logs a failure; the answer need not wait.
            if (turn.Recorded?.Id is { } id)
                _ = transcript.AnnotateAsync(turn.Conversation.Id, id, understood.ToAnnotation(), CancellationToken.None);
        }
        await next();
    }
}
