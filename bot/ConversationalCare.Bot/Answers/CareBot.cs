using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Telemetry;
using ConversationalCare.Bot.Turns;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Answers;

/// <summary>
/// The last step of a turn: decide the answer, let the escalation policy weigh in, then reply, offer a person,
/// or hand over. What was decided is stored beside the customer's message. Typing shows while knowledge is searched.
/// </summary>
public sealed class CareBot(AnswerDecider decider, EscalationSignalsReader signals, EscalationPolicy policy,
    HandoffStarter handoff, AnswerRatings ratings, TranscriptWriter transcript, IOptions<UnderstandingOptions> understanding,
    ILogger<CareBot> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var isMessage = turn.Activity.IsType(Activities.ActivityTypes.Message);
        if (isMessage) await turn.SendTypingAsync(cancellationToken);
        AnswerDecision decision;
        // The knowledge search is nearly all of the decider's time, so its whole call counts as retrieval.
        using (turn.Measurement.Stage(TurnStage.Retrieve))
            decision = await decider.DecideAsync(turn.Activity, turn.Locale, turn.Understanding, cancellationToken);
        EscalationDecision escalation;
        using (turn.Measurement.Stage(TurnStage.Decide))
        {
            if (decision.Kind is AnswerKind.RatedHelpful or AnswerKind.RatedNotHelpful && decision.Articles.Count > 0)
                await ratings.RecordAsync(turn.Conversation.Id, decision.Articles[0].Key, decision.Kind == AnswerKind.RatedHelpful, cancellationToken);
            escalation = isMessage && turn.Recorded is not null
                ? policy.Decide(await signals.ReadAsync(turn, decision, cancellationToken))
                : EscalationDecision.None;
        }
        logger.LogInformation("Turn in {ConversationId}: {Kind} ({Reason}); escalation {Escalation} {Rule}; intent {Intent}, emotion {Emotion}",
            turn.Conversation.Id, decision.Kind, decision.Reason, escalation.Action, escalation.Rule,
            turn.Understanding?.Intent.Intent, turn.Understanding?.Emotion.Label);

        RecordOutcome(turn, decision, escalation);
        turn.Measurement.Outcome = OutcomeOf(decision, escalation);
        using (turn.Measurement.Stage(TurnStage.Send))
        {
            if (escalation.Action == EscalationAction.Escalate)
                await handoff.StartAsync(turn, escalation, cancellationToken);
            else
                await ReplyAsync(turn, decision, escalation, cancellationToken);
        }
        await next();
    }

    private async Task ReplyAsync(TurnContext turn, AnswerDecision decision, EscalationDecision escalation, CancellationToken cancellationToken)
    {
        var replies = ReplyComposer.Compose(decision, turn.Locale).ToList();
        if (escalation.Action == EscalationAction.Offer) replies.Add(ReplyComposer.OfferPerson(turn.Locale));
        foreach (var reply in replies)
        {
            if (understanding.Value.ExposeInChannelData && turn.Understanding is { } understood)
                reply.ChannelData = JsonSerializer.SerializeToElement(new { understanding = understood.ToChannelData() });
            await turn.SendAsync(reply, cancellationToken);
        }
    }

    private static string OutcomeOf(AnswerDecision decision, EscalationDecision escalation) =>
        escalation.Action == EscalationAction.Escalate ? TurnOutcomes.Handoff : decision.Kind switch
        {
            AnswerKind.Clarify => TurnOutcomes.Clarify,
            AnswerKind.Fallback => TurnOutcomes.Fallback,
            AnswerKind.Nothing => TurnOutcomes.None,
            _ => TurnOutcomes.Answer,
        };

    /// <summary>
    /// Not awaited: the single writer commits it before anything the next turn appends, and that turn waits for this
    /// one anyway, so the next policy decision sees it without this reply waiting for a disk sync.
    /// </summary>
    private void RecordOutcome(TurnContext turn, AnswerDecision decision, EscalationDecision escalation)
    {
        if (turn.Recorded?.Id is not { } id || decision.Kind == AnswerKind.Nothing) return;
        var article = decision.Kind is AnswerKind.Answer or AnswerKind.RatedHelpful or AnswerKind.RatedNotHelpful
            ? decision.Articles.FirstOrDefault()?.Key
            : null;
        var escalated = escalation.Action == EscalationAction.None ? null : $"{escalation.Action}:{escalation.Rule}";
        var reason = decision.Reason.Length > 250 ? decision.Reason[..250] : decision.Reason;
        _ = transcript.RecordOutcomeAsync(turn.Conversation.Id, id, new TurnOutcome(decision.Kind.ToString(), reason, article, escalated), CancellationToken.None);
    }
}
