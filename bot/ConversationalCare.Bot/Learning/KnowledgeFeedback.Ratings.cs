using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

public sealed partial class KnowledgeFeedback
{
    public async Task<IReadOnlyList<ArticleRatingCount>> RatingsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ratings = await db.AnswerRatings.AsNoTracking().Where(r => r.At >= since)
            .Select(r => new { r.ArticleKey, r.Helpful, r.At }).ToListAsync(cancellationToken);
        return ratings.GroupBy(r => r.ArticleKey)
            .Select(g => new ArticleRatingCount(g.Key, g.Count(r => r.Helpful), g.Count(r => !r.Helpful), g.Max(r => r.At)))
            .OrderByDescending(r => r.NotHelpful).ThenBy(r => r.Helpful).ThenBy(r => r.ArticleKey, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ArticleRatingCount> RatingsOfAsync(string articleKey, CancellationToken cancellationToken)
    {
        var key = ArticleKeys.Normalize(articleKey);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ratings = await db.AnswerRatings.AsNoTracking().Where(r => r.ArticleKey == key)
            .Select(r => new { r.Helpful, r.At }).ToListAsync(cancellationToken);
        return new ArticleRatingCount(key, ratings.Count(r => r.Helpful), ratings.Count(r => !r.Helpful),
            ratings.Count > 0 ? ratings.Max(r => r.At) : null);
    }
}
