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

    /// <summary>
    /// The customer's messages before this one, newest first: below its watermark, since the customer's later
    /// messages may already be stored.
    /// </summary>
    private static readonly Func<CareDb, string, long, IAsyncEnumerable<PastTurn>> TurnsBefore = EF.CompileAsyncQuery(
        (CareDb db, string conversationId, long beforeSequence) => db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence < beforeSequence
                && a.Type == ActivityTypes.Message && a.FromRole != RoleTypes.Bot && a.FromRole != AgentIdentity.Role)
            .OrderByDescending(a => a.Sequence).Take(HistoryTurns)
            .Select(a => new PastTurn(a.Text, a.Intent, a.Emotion, a.EmotionIntensity, a.Sentiment, a.Outcome, a.Escalation)));

    private static readonly Func<CareDb, Guid, CancellationToken, Task<string?>> TierOf = EF.CompileAsyncQuery(
        (CareDb db, Guid customerId, CancellationToken _) => db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Tier).FirstOrDefault());

    public async Task<EscalationSignals> ReadAsync(TurnContext turn, AnswerDecision answer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = new List<PastTurn>(HistoryTurns);
        var before = turn.Recorded?.Id is { } id ? StoredActivity.SequenceOf(turn.Conversation.Id, id) ?? long.MaxValue : long.MaxValue;
        await foreach (var past in TurnsBefore(db, turn.Conversation.Id, before).WithCancellation(cancellationToken))
            history.Add(past);
        history.Reverse();
        // The channel usually looked the customer up with the conversation; a second read only when it did not.
        var tier = turn.Conversation.Customer is { } customer ? customer.Tier : await TierOf(db, turn.Conversation.CustomerId, cancellationToken);
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
