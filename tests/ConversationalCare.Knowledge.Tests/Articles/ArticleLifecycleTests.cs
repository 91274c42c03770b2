using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Tests.Articles;

public sealed class ArticleLifecycleTests
{
    private static readonly DateTimeOffset Now = KnowledgeHost.Start;

    private static StoredArticle Draft() => StoredArticle.Create("en-gift-wrap", "en-US", Drafts.GiftWrap(), "ana", Now);

    private static StoredArticle Approved()
    {
        var article = Draft();
        article.SubmitForReview("ana", Now);
        article.Approve("rui", Now);
        return article;
    }

    [Fact]
    public void Goes_from_draft_through_review_to_published_with_a_first_version()
    {
        var article = Draft();

        Assert.True(article.SubmitForReview("ana", Now).Changed);
        Assert.True(article.Approve("rui", Now.AddMinutes(5), "Reads well").Changed);
        Assert.True(article.Publish("rui", Now.AddMinutes(6)).Changed);

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(1, article.LiveVersion);
        var version = Assert.Single(article.Versions);
        Assert.Equal((1, "rui", Now.AddMinutes(6)), (version.Number, version.PublishedBy, version.PublishedAt));
        Assert.Equal(article.Content, version.Content);
        Assert.Equal([AuditAction.Created, AuditAction.Submitted, AuditAction.Approved, AuditAction.Published], article.Audit.Select(a => a.Action));
    }

    [Fact]
    public void Refuses_to_publish_a_draft_nobody_reviewed_and_says_why()
    {
        var article = Draft();

        var change = article.Publish("ana", Now);

        Assert.Equal(ChangeOutcome.Refused, change.Outcome);
        Assert.Contains("approved", change.Reason);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.LiveVersion);
    }

    [Fact]
    public void Refuses_transitions_that_skip_a_step()
    {
        var draft = Draft();
        Assert.Equal(ChangeOutcome.Refused, draft.Approve("rui", Now).Outcome);
        Assert.Equal(ChangeOutcome.Refused, draft.Reject("rui", Now, "Too vague").Outcome);

        var archived = Draft();
        archived.Archive("ana", Now);
        Assert.Equal(ChangeOutcome.Refused, archived.SubmitForReview("ana", Now).Outcome);

        Assert.Equal(1, draft.Revision);
    }

    [Fact]
    public void Repeating_a_step_changes_nothing()
    {
        var article = Approved();
        var revision = article.Revision;

        Assert.Equal(ChangeOutcome.Unchanged, article.Approve("rui", Now).Outcome);
        Assert.Equal(ChangeOutcome.Unchanged, article.Edit(Drafts.GiftWrap(), "ana", Now).Outcome);

        Assert.Equal(revision, article.Revision);
    }

    [Fact]
    public void A_rejection_needs_a_comment_and_sends_the_article_back_to_its_author()
    {
        var article = Draft();
        article.SubmitForReview("ana", Now);

        Assert.Equal(ChangeOutcome.Refused, article.Reject("rui", Now, "  ").Outcome);
        Assert.True(article.Reject("rui", Now, "Mention the price per parcel.").Changed);

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("Mention the price per parcel.", article.ReviewComment);
        Assert.Equal("Mention the price per parcel.", article.Audit[^1].Comment);
    }

    [Fact]
    public void Editing_a_published_article_keeps_the_live_version_until_the_next_publish()
    {
        var article = Approved();
        article.Publish("rui", Now);

        article.Edit(Drafts.GiftWrap("Gift wrap is free in December."), "ana", Now);

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(1, article.LiveVersion);
        Assert.Equal("edited,answer", $"{article.Audit[^1].Action.ToString().ToLowerInvariant()},{article.Audit[^1].ChangedFields}");
    }

    [Fact]
    public void Refuses_an_edit_that_empties_the_answer()
    {
        var article = Draft();

        var change = article.Edit(Drafts.GiftWrap(answer: "   "), "ana", Now);

        Assert.Equal(ChangeOutcome.Refused, change.Outcome);
        Assert.Contains("answer", change.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Archiving_takes_the_article_out_of_service()
    {
        var article = Approved();
        article.Publish("rui", Now);

        Assert.True(article.Archive("ana", Now).Changed);

        Assert.Equal(ArticleStatus.Archived, article.Status);
        Assert.Null(article.LiveVersion);
        Assert.Equal(1, article.LatestVersion);
    }

    [Fact]
    public void Restoring_a_version_brings_its_words_back_as_a_draft_or_as_a_new_published_version()
    {
        var article = Approved();
        article.Publish("rui", Now);
        var first = article.Versions[0];
        article.Edit(Drafts.GiftWrap("Gift wrap is free in December."), "ana", Now);
        article.PublishWithoutReview("ana", Now, "test");

        Assert.True(article.RestoreVersion(first, publish: false, "ana", Now).Changed);
        Assert.Equal((ArticleStatus.Draft, 2), (article.Status, article.LiveVersion));
        Assert.Equal(first.Content, article.Content);

        Assert.True(article.RestoreVersion(first, publish: true, "ana", Now).Changed);
        Assert.Equal((ArticleStatus.Published, 3), (article.Status, article.LiveVersion));
        Assert.Equal("restored from version 1", article.Versions[^1].Note);
        Assert.Equal(ChangeOutcome.Unchanged, article.RestoreVersion(first, publish: true, "ana", Now).Outcome);
    }

    [Fact]
    public void Stores_trimmed_content_without_repeated_phrasings()
    {
        var article = StoredArticle.Create(" EN-Gift-Wrap ", "en-us", Drafts.GiftWrap() with
        {
            Question = "  Do you offer   gift wrapping? ",
            AlternateQuestions = ["Can you wrap it?", "can you WRAP it?", "", "Do you offer gift wrapping?"],
            Answer = "Yes.\r\n\r\nAt checkout.\r\n",
        }, "ana", Now);

        Assert.Equal(("en-gift-wrap", "en-US"), (article.Key, article.Locale));
        Assert.Equal("Do you offer gift wrapping?", article.Content.Question);
        Assert.Equal(["Can you wrap it?"], article.Content.AlternateQuestions);
        Assert.Equal("Yes.\n\nAt checkout.", article.Content.Answer);
    }
}
