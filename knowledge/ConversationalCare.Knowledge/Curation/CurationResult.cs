namespace ConversationalCare.Knowledge.Curation;

public enum CurationOutcome
{
    Done,
    /// <summary>Already so (approving an approved article, saving identical words); nothing was written.</summary>
    Unchanged,
    NotFound,
    /// <summary>Someone saved the article after the editor loaded it; <see cref="CurationResult.Article"/> is the latest.</summary>
    Conflict,
    /// <summary>Not allowed from the article's status; <see cref="CurationResult.Reason"/> says why.</summary>
    Refused,
    /// <summary>Field problems in <see cref="CurationResult.Errors"/>.</summary>
    Invalid,
}

/// <summary>What a curation command did, with the article as it now stands when there is one.</summary>
public sealed record CurationResult(
    CurationOutcome Outcome, ArticleDetails? Article = null, string? Reason = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Outcome is CurationOutcome.Done or CurationOutcome.Unchanged;

    public static readonly CurationResult NotFound = new(CurationOutcome.NotFound, Reason: "No such article.");

    public static CurationResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(CurationOutcome.Invalid, Reason: "The article has problems to fix.", Errors: errors);
}
