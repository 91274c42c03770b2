using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// A cheap fingerprint of what is live. Every publish adds a version and every archive drops a live article, so any
/// change to the published set moves one of the two numbers (clocks of other instances play no part).
/// </summary>
internal readonly record struct KnowledgeStamp(int Live, long Versions)
{
    public static readonly KnowledgeStamp Never = new(-1, -1);

    public static async Task<KnowledgeStamp> ReadAsync(KnowledgeDb db, CancellationToken cancellationToken) => new(
        await db.Articles.CountAsync(a => a.LiveVersion != null, cancellationToken),
        await db.Articles.SumAsync(a => (long)a.LatestVersion, cancellationToken));
}
