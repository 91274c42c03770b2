using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Reads gap occurrences from the transcript columns the bot writes on every customer message: questions it could not
/// answer (Fallback), answered only with "did you mean" choices (Clarify), and the question behind an answer the
/// customer rated not helpful. Occurrences a content owner already dismissed or added to an article are left out.
/// </summary>
public sealed class GapReader(IDbContextFactory<CareDb> dbFactory)
{
    // The newest rows are the ones worth acting on; a bound keeps a busy quarter from loading the whole table.
    private const int MaxRows = 5000;
    private static readonly string Unanswered = nameof(AnswerKind.Fallback);
    private static readonly string Unclear = nameof(AnswerKind.Clarify);
    private static readonly string NotHelpful = nameof(AnswerKind.RatedNotHelpful);
    private static readonly string Answered = nameof(AnswerKind.Answer);
    // "None of these" answers a "did you mean"; the question before it is the gap, already counted as unclear.
    private static readonly HashSet<string> ButtonWords =
        [GapWording.Normalize(BotTexts.For(Locales.English).NoneOfThese), GapWording.Normalize(BotTexts.For(Locales.Chinese).NoneOfThese)];

    public async Task<IReadOnlyList<GapOccurrence>> ReadAsync(DateTimeOffset since, string? locale, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from activity in db.Activities.AsNoTracking()
                join conversation in db.Conversations.AsNoTracking() on activity.ConversationId equals conversation.Id
                where activity.Timestamp >= since
                      && (activity.Outcome == Unanswered || activity.Outcome == Unclear || activity.Outcome == NotHelpful)
                      && (locale == null || conversation.Locale == locale)
                      // Anonymised messages carry a marker, not a question.
                      && (conversation.AnonymisedAt == null || activity.Timestamp > conversation.AnonymisedAt)
                orderby activity.Timestamp descending
                select new Row(activity.ConversationId, activity.Sequence, activity.Text, activity.Outcome!, activity.ArticleKey, activity.Timestamp, conversation.Locale))
            .Take(MaxRows).ToListAsync(cancellationToken);

        var questions = await QuestionsBehindRatingsAsync(db, rows.Where(r => r.Outcome == NotHelpful).ToList(), cancellationToken);
        var decisions = await DecisionsAsync(db, locale, cancellationToken);
        var occurrences = new List<GapOccurrence>(rows.Count);
        foreach (var row in rows)
        {
            var (text, kind) = row.Outcome == NotHelpful
                ? (questions.GetValueOrDefault((row.ConversationId, row.Sequence)), GapKind.RatedNotHelpful)
                : (row.Text, row.Outcome == Unanswered ? GapKind.Unanswered : GapKind.Unclear);
            var normalized = GapWording.Normalize(text);
            if (normalized.Length == 0 || ButtonWords.Contains(normalized)) continue;
            if (decisions.TryGetValue((row.Locale, normalized), out var decided) && decided >= row.Timestamp) continue;
            occurrences.Add(new GapOccurrence(row.Locale, text!.Trim(), normalized, row.Timestamp, row.ConversationId, kind));
        }
        return occurrences;
    }

    /// <summary>For each not-helpful rating, the customer question the rated answer replied to: the latest one before it answered with that article.</summary>
    private static async Task<Dictionary<(string, long), string?>> QuestionsBehindRatingsAsync(CareDb db, List<Row> ratings, CancellationToken cancellationToken)
    {
        if (ratings.Count == 0) return [];
        var conversationIds = ratings.Select(r => r.ConversationId).Distinct().ToList();
        var answered = await db.Activities.AsNoTracking()
            .Where(a => conversationIds.Contains(a.ConversationId) && a.Outcome == Answered && a.ArticleKey != null)
            .Select(a => new { a.ConversationId, a.Sequence, a.ArticleKey, a.Text })
            .ToListAsync(cancellationToken);
        return ratings.ToDictionary(r => (r.ConversationId, r.Sequence), r => answered
            .Where(a => a.ConversationId == r.ConversationId && a.ArticleKey == r.ArticleKey && a.Sequence < r.Sequence)
            .MaxBy(a => a.Sequence)?.Text);
    }

    private static async Task<Dictionary<(string, string), DateTimeOffset>> DecisionsAsync(CareDb db, string? locale, CancellationToken cancellationToken)
    {
        var decisions = await db.GapDecisions.AsNoTracking()
            .Where(d => locale == null || d.Locale == locale)
            .Select(d => new { d.Locale, d.NormalizedWording, d.At })
            .ToListAsync(cancellationToken);
        return decisions.GroupBy(d => (d.Locale, d.NormalizedWording)).ToDictionary(g => g.Key, g => g.Max(d => d.At));
    }

    private sealed record Row(string ConversationId, long Sequence, string? Text, string Outcome, string? ArticleKey, DateTimeOffset Timestamp, string Locale);
}
