using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// The bot's side of the console's feedback port: gaps grouped from the transcript with today's best article for
/// each, answer ratings, and suggested phrasings. Adding a wording to an article always makes a draft revision.
/// </summary>
public sealed partial class KnowledgeFeedback(IDbContextFactory<CareDb> dbFactory, GapReader gaps, IKnowledgeSearch knowledge,
    AlternatePhrasing alternates, TimeProvider clock, ILogger<KnowledgeFeedback> logger) : IKnowledgeFeedback
{
    // One page of gaps: each needs a search for its best article, and nobody works through more at once.
    private const int GapsShown = 100;
    private const int CandidatesShown = 3;

    public async Task<IReadOnlyList<KnowledgeGap>> GapsAsync(GapFilter filter, CancellationToken cancellationToken)
    {
        var days = Math.Clamp(filter.Days, 1, 366);
        var locale = string.IsNullOrWhiteSpace(filter.Locale) ? null : Locales.Normalize(filter.Locale);
        var occurrences = await gaps.ReadAsync(clock.GetUtcNow().AddDays(-days), locale, cancellationToken);
        var shown = new List<KnowledgeGap>();
        foreach (var group in GapGrouping.Of(occurrences).Take(GapsShown))
        {
            var example = group.Example;
            var found = await knowledge.SearchAsync(example.Text, group.Locale, CandidatesShown, cancellationToken);
            shown.Add(new KnowledgeGap(group.Locale, example.Text, group.Occurrences.Count, group.Latest.At, group.Latest.ConversationId,
                group.Variants, group.Reasons,
                found.Candidates.Select(c => new GapCandidate(c.Article.Key, c.Article.Question, c.Score)).ToList()));
        }
        return shown;
    }

    public async Task<FeedbackResult> DismissGapAsync(KnowledgeGap gap, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await RememberAsync(gap, null, actor, cancellationToken);
        logger.LogInformation("{Actor} dismissed the gap '{Wording}' ({Locale})", actor, gap.Wording, gap.Locale);
        return new(true, $"Dismissed “{gap.Wording}”. It comes back if customers ask it again.");
    }

    public async Task<FeedbackResult> AddGapToArticleAsync(KnowledgeGap gap, string articleKey, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var added = await alternates.AddAsync(articleKey, gap.Wording, actor, cancellationToken);
        if (added.Succeeded) await RememberAsync(gap, articleKey.Trim(), actor, cancellationToken);
        return added;
    }

    /// <summary>Every variant of the group is remembered, so the whole group leaves the list together.</summary>
    private async Task RememberAsync(KnowledgeGap gap, string? articleKey, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var variants = gap.Variants.Append(GapWording.Normalize(gap.Wording)).Where(v => v.Length is > 0 and <= 500).Distinct();
        db.GapDecisions.AddRange(variants.Select(v => new GapDecision(gap.Locale, v, articleKey, actor, now)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
