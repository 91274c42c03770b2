namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>Index field names; the three text fields double as <see cref="KnowledgeCandidate.MatchedField"/> values.</summary>
public static class KnowledgeFields
{
    public const string Question = "question";
    public const string AlternateQuestions = "alternateQuestions";
    public const string Answer = "answer";

    internal const string Tags = "tags";
    internal const string Language = "lang";
    internal const string ArticleOrdinal = "ordinal";
}
