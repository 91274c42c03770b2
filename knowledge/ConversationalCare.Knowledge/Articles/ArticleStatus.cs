namespace ConversationalCare.Knowledge.Articles;

/// <summary>Where the working copy of an article stands. The bot answers from the live version, whatever this says.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    /// <summary>A reviewer accepted it; publishing is the next step.</summary>
    Approved,
    Published,
    Archived,
}
