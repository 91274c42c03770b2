using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// Carries out an escalation inside the customer's turn: opens the handoff, emits handoff.initiate with the
/// transcript and context package, offers it to the best agent, and tells the customer where they stand, or, when
/// nobody can take it now, invites them to leave a message.
/// </summary>
public sealed class HandoffStarter(HandoffStore handoffs, HandoffRouter routing, QueueRouter router, HandoffContextBuilder contexts,
    ConversationStore conversations, TimeProvider clock, ILogger<HandoffStarter> logger)
{
    private const int TranscriptLimit = 500;

    public async Task StartAsync(TurnContext turn, EscalationDecision decision, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var texts = HandoffTexts.For(turn.Locale);
        var route = await routing.RouteAsync(turn.Conversation.CustomerId, decision.Topic, turn.Conversation.ChannelId, turn.Locale,
            decision.Rule, decision.Priority, cancellationToken);
        var (handoff, created) = await handoffs.OpenAsync(new HandoffCase(turn.Conversation.Id, turn.Conversation.CustomerId,
            decision, route, turn.Locale, now), cancellationToken);
        if (created)
        {
            logger.LogInformation("Handoff {HandoffId} for {ConversationId}: {Rule} (P{Priority}, {Team}, routing rule {Position})",
                handoff.Id, handoff.ConversationId, handoff.Rule, handoff.Priority, handoff.Team, route.RulePosition);
            await EmitInitiateAsync(turn, cancellationToken);
        }

        var hours = handoff.Team == route.Team ? route.Hours : await routing.HoursOfAsync(handoff.Team, cancellationToken);
        if (handoff.Status == HandoffStatus.Waiting && !await router.SomeoneCanTakeItAsync(hours, now, cancellationToken))
        {
            await handoffs.ChangeAsync(handoff.Id, h => h.AwaitMessage(), HandoffEventKinds.AwaitingMessage, null,
                $"outside {handoff.Team}'s service hours or nobody online", cancellationToken);
            var promised = now.AddHours(hours.TicketReplyHours);
            await turn.SendAsync(HandoffProtocol.StatusEvent("failed", "No agent is available now; the customer is invited to leave a message"), cancellationToken);
            await turn.SendAsync(CustomerMessenger.Message(string.Format(texts.LeaveMessageFormat, ServiceHours.ForCustomer(hours, promised, turn.Locale))), cancellationToken);
            return;
        }
        if (handoff.Status != HandoffStatus.Waiting) return;

        await router.OfferAsync(handoff, cancellationToken);
        var (position, minutes) = router.Estimate(handoff, await handoffs.ListOpenAsync(cancellationToken), await router.AgentsAsync(cancellationToken));
        await handoffs.ChangeAsync(handoff.Id, h => h.AnnouncePosition(position), null, null, null, cancellationToken);
        await turn.SendAsync(CustomerMessenger.Message(string.Format(texts.QueuedFormat, position, minutes)), cancellationToken);
    }

    private async Task EmitInitiateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var context = await contexts.BuildAsync(turn.Conversation.Id, cancellationToken, mayAskModel: false);
        if (context is null) return;
        var stored = await conversations.ReadAfterAsync(turn.Conversation.Id, 0, TranscriptLimit, cancellationToken);
        var transcript = stored.Select(s => ActivityJson.Deserialize(s.Json)).OfType<Activity>();
        await turn.SendAsync(HandoffProtocol.InitiateEvent(turn.Activity, context, transcript), cancellationToken);
    }
}
