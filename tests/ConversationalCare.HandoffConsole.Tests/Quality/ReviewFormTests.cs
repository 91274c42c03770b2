using Bunit;
using ConversationalCare.HandoffConsole.Quality;

namespace ConversationalCare.HandoffConsole.Tests.Quality;

/// <summary>Sam opens alice's sampled conversation, reads the transcript beside the rubric and scores it.</summary>
public class ReviewFormTests : QualityPageContext
{
    private IRenderedComponent<ReviewPage> Open(Guid? id = null) =>
        Render<ReviewPage>(parameters => parameters.Add(p => p.Id, id ?? AliceReview));

    private static void ScoreAll(IRenderedComponent<ReviewPage> page, params string[] choices)
    {
        foreach (var (criterion, choice) in QualityRubric.Criteria.Zip(choices))
            page.Find($"[data-testid=score-{criterion.ToString().ToLowerInvariant()}-{choice}]").Change(choice);
    }

    [Fact]
    public void Shows_the_transcript_beside_the_rubric()
    {
        var page = Open();

        Assert.Contains("My lamp arrived broken.", page.Find("[data-testid=review-transcript]").TextContent);
        Assert.Equal(6, page.FindAll("[data-testid=rubric-form] fieldset").Count);
        Assert.Contains("Privacy compliance", page.Find("[data-testid=criterion-privacy] legend").TextContent);
    }

    [Fact]
    public void Submitting_with_criteria_left_unscored_names_them_and_sends_nothing()
    {
        var page = Open();
        page.Find("[data-testid=score-greeting-5]").Change("5");
        page.Find("[data-testid=score-accuracy-4]").Change("4");

        page.Find("[data-testid=rubric-form]").Submit();

        var errors = page.Find("[data-testid=review-errors]").TextContent;
        Assert.Contains("Empathy: choose a score from 1 to 5, or N/A.", errors);
        Assert.Contains("Privacy compliance: choose a score from 1 to 5, or N/A.", errors);
        Assert.DoesNotContain("Greeting:", errors);
        Assert.Equal("true", page.Find("[data-testid=criterion-empathy]").GetAttribute("aria-invalid"));
        Assert.Empty(Quality.Submissions);
    }

    [Fact]
    public void Every_criterion_marked_not_applicable_is_refused()
    {
        var page = Open();
        ScoreAll(page, "na", "na", "na", "na", "na", "na");

        page.Find("[data-testid=rubric-form]").Submit();

        Assert.Contains("Score at least one criterion", page.Find("[data-testid=review-errors]").TextContent);
        Assert.Empty(Quality.Submissions);
    }

    [Fact]
    public void A_complete_rubric_is_sent_with_NA_and_comments_and_then_shown_read_only()
    {
        var page = Open();
        ScoreAll(page, "5", "4", "3", "na", "5", "5");
        page.Find("[data-testid=comment-greeting]").Change("Warm and personal.");
        page.Find("[data-testid=overall-comment]").Change("  Well handled.  ");

        page.Find("[data-testid=rubric-form]").Submit();

        var (id, reviewer, submission) = Assert.Single(Quality.Submissions);
        Assert.Equal((AliceReview, "sam"), (id, reviewer));
        Assert.Equal([5, 4, 3, null, 5, 5], submission.Scores.Select(s => s.Score));
        Assert.Equal("Warm and personal.", submission.Scores[0].Comment);
        Assert.Equal("Well handled.", submission.Comment);
        Eventually(page, () => Assert.Contains("Review submitted", page.Find("[data-testid=review-submitted]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=rubric-form]"));
        Assert.Equal("N/A", page.Find("[data-testid=score-resolution] .score").TextContent);
        Assert.Contains("88 %", page.Find("[data-testid=review-summary]").TextContent);
    }

    [Fact]
    public void When_another_reviewer_submitted_first_says_so_and_shows_their_review()
    {
        var theirs = Quality.Reviews[AliceReview] with
        {
            Status = ReviewStatus.Submitted, Reviewer = "rita", SubmittedAt = Start,
            Scores = [.. QualityRubric.Criteria.Select(c => Score(c, 2))], Percent = 40,
        };
        Quality.NextSubmitAnswer = ReviewOutcome.Of(ReviewResult.AlreadySubmitted, theirs);
        var page = Open();
        ScoreAll(page, "5", "5", "5", "5", "5", "5");

        page.Find("[data-testid=rubric-form]").Submit();

        Eventually(page, () => Assert.Equal("rita submitted this review first, so your scores were not stored. Theirs are below.",
            page.Find("[data-testid=review-conflict]").TextContent));
        Assert.Equal("2 / 5", page.Find("[data-testid=score-greeting] .score").TextContent);
        Assert.Empty(page.FindAll("[data-testid=rubric-form]"));
    }

    [Fact]
    public void Reasons_the_desk_gives_for_refusing_a_review_are_shown()
    {
        Quality.NextSubmitAnswer = new ReviewOutcome(ReviewResult.Invalid, null, ["The overall comment may be at most 2000 characters."]);
        var page = Open();
        ScoreAll(page, "3", "3", "3", "3", "3", "3");

        page.Find("[data-testid=rubric-form]").Submit();

        Eventually(page, () => Assert.Contains("at most 2000 characters", page.Find("[data-testid=review-errors]").TextContent));
        Assert.NotEmpty(page.FindAll("[data-testid=rubric-form]"));
    }

    [Fact]
    public void A_submitted_review_opens_read_only()
    {
        Quality.Reviews[AliceReview] = Quality.Reviews[AliceReview] with
        {
            Status = ReviewStatus.Submitted, Reviewer = "rita", SubmittedAt = Start, Scores = [.. QualityRubric.Criteria.Select(c => Score(c, 4))],
        };

        var page = Open();

        Assert.Empty(page.FindAll("[data-testid=rubric-form]"));
        Assert.Equal("4 / 5", page.Find("[data-testid=score-closing] .score").TextContent);
    }

    [Fact]
    public void A_reviewer_is_not_offered_their_own_conversation()
    {
        Quality.Reviews[AliceReview] = Quality.Reviews[AliceReview] with { Agent = "sam" };

        var page = Open();

        Assert.Contains("another supervisor will review this one", page.Find("[data-testid=review-own]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=rubric-form]"));
    }

    [Fact]
    public void An_unknown_review_is_not_found()
    {
        Assert.NotNull(Open(Guid.NewGuid()).Find("[data-testid=review-not-found]"));
    }
}
