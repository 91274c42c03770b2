using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>Gathers what the escalation policy reads about a turn from the stored conversation.</summary>
public sealed class EscalationSignalsReader(IDbContextFactory<CareDb> dbFactory)
{
    // Enough to see repeats and a mood trend; older turns say little about whether to hand over now.
    private const int HistoryTurns = 20;

    public async Task<EscalationSignals> ReadAsync(TurnContext turn, AnswerDecision answer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var currentSequence = turn.Recorded?.Id is { } id ? await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == turn.Conversation.Id && a.ActivityId == id).Select(a => a.Sequence).FirstOrDefaultAsync(cancellationToken) : long.MaxValue;
        var history = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == turn.Conversation.Id && a.Sequence < currentSequence
                && a.Type == ActivityTypes.Message && a.FromRole != RoleTypes.Bot && a.FromRole != AgentIdentity.Role)
            .OrderByDescending(a => a.Sequence).Take(HistoryTurns)
            .Select(a => new PastTurn(a.Text, a.Intent, a.Emotion, a.EmotionIntensity, a.Sentiment, a.Outcome, a.Escalation))
            .ToListAsync(cancellationToken);
        history.Reverse();
        var tier = await db.Customers.AsNoTracking().Where(c => c.Id == turn.Conversation.CustomerId)
            .Select(c => c.Tier).FirstOrDefaultAsync(cancellationToken);
        var notHelpful = history.Count(t => t.Outcome == nameof(AnswerKind.RatedNotHelpful))
            + (answer.Kind == AnswerKind.RatedNotHelpful ? 1 : 0);
        return new EscalationSignals(
            turn.Activity.Text,
            turn.Understanding,
            answer,
            history,
            notHelpful,
            tier == CustomerTiers.Vip,
            PersonOffered: history.Any(t => t.Escalation?.StartsWith(nameof(EscalationAction.Offer), StringComparison.Ordinal) == true),
            AcceptedOffer: answer.Kind == AnswerKind.AcceptedPerson);
    }
}
