using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>An article with its analyzed terms kept beside the index, so calibration needs no stored fields.</summary>
internal sealed record IndexedArticle(
    Article Article,
    string Language,
    IReadOnlyList<QuestionTerms> Questions,
    IReadOnlySet<string> AnswerTerms)
{
    /// <summary>Every term any phrasing of the question uses; a customer may borrow words from several.</summary>
    public IReadOnlySet<string> AllQuestionTerms { get; } = Questions.SelectMany(q => q.Terms).ToHashSet(StringComparer.Ordinal);

    /// <summary>Question, answer and tag terms together.</summary>
    public IReadOnlySet<string> AllTerms { get; } = Questions.SelectMany(q => q.Terms).Concat(AnswerTerms).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One phrasing of the question: the main one or an alternate.</summary>
internal sealed record QuestionTerms(string Field, IReadOnlySet<string> Terms);
