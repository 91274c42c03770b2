using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>The port the bot asks for answers; ranking lives behind it so the bot never knows how.</summary>
public interface IKnowledgeSearch
{
    /// <summary>Ranks published articles for a customer's question, best first.</summary>
    /// <param name="locale">BCP-47 tag such as "zh-CN" or "en-US"; articles of the same language are preferred.</param>
    Task<KnowledgeResult> SearchAsync(string question, string locale, int top = 3, CancellationToken cancellationToken = default);
}

/// <summary>How sure retrieval is about its best candidate.</summary>
public enum AnswerConfidence { None, Low, High }

public sealed record KnowledgeResult(IReadOnlyList<KnowledgeCandidate> Candidates, AnswerConfidence Confidence)
{
    public static readonly KnowledgeResult Empty = new([], AnswerConfidence.None);
    public KnowledgeCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

/// <summary>One ranked article. Score is 0..1 (calibrated by the search, not a raw BM25 figure).</summary>
public sealed record KnowledgeCandidate(Article Article, double Score, string MatchedField);
