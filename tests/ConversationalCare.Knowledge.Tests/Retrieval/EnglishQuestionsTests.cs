using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class EnglishQuestionsTests(SampleKnowledge knowledge)
{
    // Each is worded differently from the article's question and its alternates.
    [Theory]
    [InlineData("I can't recall my password, how do I get a new one", "en-reset-password")]
    [InlineData("how do I enable 2FA on my account", "en-two-factor")]
    [InlineData("I'd like to update the email address on my profile", "en-change-email")]
    [InlineData("how can I sign up for an account", "en-register")]
    [InlineData("delete my account and all my data", "en-close-account")]
    [InlineData("where do I track my package", "en-track-parcel")]
    [InlineData("how many days until my order arrives", "en-delivery-times")]
    [InlineData("the courier tried to deliver but nobody was home", "en-missed-delivery")]
    [InlineData("can you ship to other countries", "en-international-shipping")]
    [InlineData("is delivery free", "en-shipping-fees")]
    [InlineData("how long until I see my refund", "en-refund-timing")]
    [InlineData("the lamp I ordered came broken", "en-damaged-item")]
    [InlineData("how do I send an item back", "en-how-to-return")]
    [InlineData("can I swap this for a different colour", "en-exchange")]
    [InlineData("my credit card payment got declined", "en-failed-payment")]
    [InlineData("what payment options do you have", "en-payment-methods")]
    [InlineData("I need an invoice for my company", "en-invoice")]
    [InlineData("can I pay for my TV in monthly installments", "en-installments")]
    [InlineData("my discount code won't work at checkout", "en-coupons")]
    [InlineData("do my loyalty points expire", "en-points")]
    [InlineData("what does Gold membership give me compared with Silver", "en-membership-tiers")]
    [InlineData("how do I stop my Plus subscription from renewing", "en-cancel-membership")]
    [InlineData("I placed an order by mistake, can I cancel it", "en-cancel-order")]
    [InlineData("can I change the address on an order I just placed", "en-change-order")]
    [InlineData("show me everything I've ordered in the past", "en-order-history")]
    [InlineData("my headphones broke, can I claim on the warranty", "en-warranty")]
    [InlineData("when will the sold out lamp be back", "en-restock")]
    [InlineData("what's your phone number for support", "en-contact-us")]
    [InlineData("when does customer service open", "en-business-hours")]
    [InlineData("still waiting for my refund", "en-refund-timing")]
    [InlineData("my voucher code is invalid", "en-coupons")]
    [InlineData("I need to speak to someone", "en-contact-us")]
    public void Answers_a_paraphrased_english_question_with_the_right_article(string question, string expectedKey)
    {
        var result = knowledge.Ask(question, "en-US");

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    // Looser wording: the right article still comes first, but retrieval asks instead of answering outright.
    [Theory]
    [InlineData("when can I expect my delivery", "en-delivery-times")]
    [InlineData("are you open on sundays", "en-business-hours")]
    [InlineData("is it possible to order without registering", "en-register")]
    public void Suggests_the_right_article_first_for_a_loosely_worded_question(string question, string expectedKey)
    {
        var result = knowledge.Ask(question, "en-US");

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.NotEqual(AnswerConfidence.None, result.Confidence);
    }

    [Fact]
    public void Scores_the_article_question_itself_near_the_top_of_the_scale()
    {
        var result = knowledge.Ask("How do I track my parcel?", "en-US");

        Assert.Equal("en-track-parcel", result.Best?.Article.Key);
        Assert.Equal(KnowledgeFields.Question, result.Best?.MatchedField);
        Assert.True(result.Best!.Score >= 0.9, $"score {result.Best.Score}");
    }
}
