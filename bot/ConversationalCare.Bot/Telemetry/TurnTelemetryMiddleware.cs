using Stopwatch = System.Diagnostics.Stopwatch;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// First step of every turn: opens the turn's span, counts the customer's message by channel, and when the turn is
/// over records its duration, outcome and stage times. Registered before the error boundary so failed turns count too.
/// </summary>
public sealed class TurnTelemetryMiddleware(CareMetrics metrics) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var channel = turn.Conversation.ChannelId;
        var isMessage = turn.Activity.IsType(ActivityTypes.Message);
        if (isMessage) metrics.Message(channel, "in");
        using var span = CareTraces.Source.StartActivity("turn");
        span?.SetTag("conversation.id", turn.Conversation.Id);
        span?.SetTag("activity.type", turn.Activity.Type);
        try
        {
            await next();
        }
        finally
        {
            Record(turn, channel, isMessage, Stopwatch.GetElapsedTime(started), span);
        }
    }

    private void Record(TurnContext turn, string channel, bool isMessage, TimeSpan duration, System.Diagnostics.Activity? span)
    {
        // The bot sets the outcome of every message it handles; a message it never reached went to people
        // (relayed to an agent, left as a ticket, a survey answer).
        var outcome = turn.Measurement.Outcome ?? (isMessage ? TurnOutcomes.Agent : TurnOutcomes.None);
        span?.SetTag("outcome", outcome);
        Span<TimeSpan> stages = stackalloc TimeSpan[TurnStages.Names.Length];
        turn.Measurement.Fill(stages);
        metrics.TurnFinished(outcome, channel, duration, stages);
    }
}
