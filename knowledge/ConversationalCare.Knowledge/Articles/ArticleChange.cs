namespace ConversationalCare.Knowledge.Articles;

public enum ChangeOutcome { Changed, Unchanged, Refused }

/// <summary>What a state change on an article did: an illegal transition is an answer, not an exception.</summary>
public readonly record struct ArticleChange(ChangeOutcome Outcome, string? Reason = null)
{
    public static ArticleChange Done => new(ChangeOutcome.Changed);
    public static ArticleChange None => new(ChangeOutcome.Unchanged);
    public static ArticleChange Refused(string reason) => new(ChangeOutcome.Refused, reason);

    public bool Changed => Outcome == ChangeOutcome.Changed;
}
