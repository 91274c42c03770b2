using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Understanding;

/// <summary>Reads each customer message's intent and emotion, in the language the language step settled on.</summary>
public sealed class UnderstandingMiddleware(IIntentClassifier intents, IEmotionDetector emotions) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(turn.Activity.Text))
            turn.Understanding = new MessageUnderstanding(
                intents.Classify(turn.Activity.Text, turn.Locale),
                emotions.Detect(turn.Activity.Text, turn.Locale));
        return next();
    }
}
