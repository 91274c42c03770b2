using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Answers;

/// <summary>Keeps the customers' helpful / not helpful verdicts on answers, for content owners and the escalation policy.</summary>
public sealed class AnswerRatings(IDbContextFactory<CareDb> dbFactory, TimeProvider clock)
{
    public async Task RecordAsync(string conversationId, string articleKey, bool helpful, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AnswerRatings.Add(new AnswerRating(conversationId, articleKey, helpful, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
