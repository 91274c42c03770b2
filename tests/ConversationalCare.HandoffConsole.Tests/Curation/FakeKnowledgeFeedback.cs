using ConversationalCare.HandoffConsole.Curation;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>An in-memory feedback port: the gaps, ratings and suggestions a test gives it, and what the page asked of it.</summary>
public sealed class FakeKnowledgeFeedback : IKnowledgeFeedback
{
    public List<KnowledgeGap> Gaps { get; } = [];
    public List<ArticleRatingCount> Ratings { get; } = [];
    public List<SuggestedPhrasing> Suggestions { get; } = [];
    public List<GapFilter> Filters { get; } = [];
    public List<(string Wording, string Actor)> Dismissed { get; } = [];
    public List<(string Wording, string ArticleKey, string Actor)> Added { get; } = [];
    public List<(long Id, bool Approved, string Actor)> Decided { get; } = [];
    public Guid ArticleId { get; } = Guid.NewGuid();

    /// <summary>When set, adding to an article is refused with this message.</summary>
    public string? RefuseAdding { get; set; }

    public static KnowledgeGap Gap(string wording, int count, DateTimeOffset lastSeen, string locale = "en-US", params GapCandidate[] candidates) =>
        new(locale, wording, count, lastSeen, $"conv-{count}", [wording.ToLowerInvariant()], new GapReasons(count, 0, 0), candidates);

    public Task<IReadOnlyList<KnowledgeGap>> GapsAsync(GapFilter filter, CancellationToken cancellationToken)
    {
        Filters.Add(filter);
        return Task.FromResult<IReadOnlyList<KnowledgeGap>>(Gaps.Where(g => filter.Locale is null || g.Locale == filter.Locale).ToList());
    }

    public Task<FeedbackResult> DismissGapAsync(KnowledgeGap gap, string actor, CancellationToken cancellationToken)
    {
        Gaps.Remove(gap);
        Dismissed.Add((gap.Wording, actor));
        return Task.FromResult(new FeedbackResult(true, $"Dismissed “{gap.Wording}”."));
    }

    public Task<FeedbackResult> AddGapToArticleAsync(KnowledgeGap gap, string articleKey, string actor, CancellationToken cancellationToken)
    {
        if (RefuseAdding is { } refusal) return Task.FromResult(FeedbackResult.Failed(refusal));
        Gaps.Remove(gap);
        Added.Add((gap.Wording, articleKey, actor));
        return Task.FromResult(new FeedbackResult(true, $"Added to '{articleKey}' as a draft.", ArticleId));
    }

    public Task<IReadOnlyList<ArticleRatingCount>> RatingsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArticleRatingCount>>(Ratings);

    public Task<ArticleRatingCount> RatingsOfAsync(string articleKey, CancellationToken cancellationToken) =>
        Task.FromResult(Ratings.FirstOrDefault(r => r.ArticleKey == articleKey) ?? new ArticleRatingCount(articleKey, 0, 0, null));

    public Task<IReadOnlyList<SuggestedPhrasing>> PendingSuggestionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SuggestedPhrasing>>(Suggestions.ToList());

    public Task<FeedbackResult> ApproveSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(suggestionId, true, actor, "Added as a draft. Review and publish it for the bot to use it."));

    public Task<FeedbackResult> RejectSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(suggestionId, false, actor, "Rejected the suggestion; the article is unchanged."));

    private FeedbackResult Decide(long id, bool approve, string actor, string message)
    {
        if (Suggestions.RemoveAll(s => s.Id == id) == 0) return FeedbackResult.Failed("This suggestion was already decided.");
        Decided.Add((id, approve, actor));
        return new FeedbackResult(true, message, approve ? ArticleId : null);
    }
}
