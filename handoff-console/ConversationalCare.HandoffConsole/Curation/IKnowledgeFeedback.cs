namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>
/// Port: what customers' real traffic says about the knowledge base — questions the bot could not answer (gaps),
/// how customers rated answers, and wordings agents answered with an article (suggested phrasings). The bot owns the
/// conversations and implements it; every change an owner makes to an article goes through the normal review flow.
/// </summary>
public interface IKnowledgeFeedback
{
    /// <summary>Unanswered, unclear and poorly rated questions, grouped by wording, most asked first.</summary>
    Task<IReadOnlyList<KnowledgeGap>> GapsAsync(GapFilter filter, CancellationToken cancellationToken);

    /// <summary>Hides the gap's questions asked so far; it comes back if customers ask it again.</summary>
    Task<FeedbackResult> DismissGapAsync(KnowledgeGap gap, string actor, CancellationToken cancellationToken);

    /// <summary>Adds the gap's wording to the article's alternate questions as a new draft revision.</summary>
    Task<FeedbackResult> AddGapToArticleAsync(KnowledgeGap gap, string articleKey, string actor, CancellationToken cancellationToken);

    /// <summary>Helpful / not helpful counts per rated article since a moment, worst first.</summary>
    Task<IReadOnlyList<ArticleRatingCount>> RatingsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>All ratings one article has had.</summary>
    Task<ArticleRatingCount> RatingsOfAsync(string articleKey, CancellationToken cancellationToken);

    /// <summary>Suggestions waiting for a content owner, newest first.</summary>
    Task<IReadOnlyList<SuggestedPhrasing>> PendingSuggestionsAsync(CancellationToken cancellationToken);

    /// <summary>Adds the wording to the article as a new draft revision, which still needs review and publishing.</summary>
    Task<FeedbackResult> ApproveSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken);

    Task<FeedbackResult> RejectSuggestionAsync(long suggestionId, string actor, CancellationToken cancellationToken);
}

/// <param name="Locale">Null for every locale.</param>
/// <param name="Days">How far back to look: 7, 30 or 90.</param>
public sealed record GapFilter(string? Locale, int Days)
{
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90];
}

/// <summary>Why customers' questions are in the gaps list.</summary>
public sealed record GapReasons(int Unanswered, int Unclear, int RatedNotHelpful);

/// <summary>The article that search finds best for the wording today, with its calibrated score (0–1).</summary>
public sealed record GapCandidate(string ArticleKey, string Question, double Score);

/// <summary>
/// One group of alike questions. <paramref name="Wording"/> is the most recent customer wording of the most common
/// variant; <paramref name="Variants"/> are every normalised wording in the group.
/// </summary>
public sealed record KnowledgeGap(
    string Locale, string Wording, int Count, DateTimeOffset LastSeen, string ExampleConversationId,
    IReadOnlyList<string> Variants, GapReasons Reasons, IReadOnlyList<GapCandidate> Candidates)
{
    public GapCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

public sealed record ArticleRatingCount(string ArticleKey, int Helpful, int NotHelpful, DateTimeOffset? LastRatedAt)
{
    public int Total => Helpful + NotHelpful;
}

public sealed record SuggestedPhrasing(
    long Id, string ArticleKey, string Wording, string Locale, string ConversationId, string Agent, DateTimeOffset At);

/// <summary>What a feedback command did; <paramref name="ArticleId"/> names the article it changed, for a link.</summary>
public sealed record FeedbackResult(bool Succeeded, string Message, Guid? ArticleId = null)
{
    public static FeedbackResult Failed(string message) => new(false, message);
}
