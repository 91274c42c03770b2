using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding;

public class ConceptLexiconTests
{
    [Theory]
    [InlineData("refnud", "refund")]
    [InlineData("pasword", "password")]
    [InlineData("deliveryy", "delivery")]
    [InlineData("dalivery", "delivery")]
    public void A_single_slip_of_the_finger_is_forgiven(string typed, string known) =>
        Assert.True(ConceptLexicon.IsOneEditAway(typed, known));

    [Theory]
    [InlineData("refund", "refund")]
    [InlineData("fundre", "refund")]
    [InlineData("parcels", "parcel!!")]
    public void Other_words_are_not_typos(string typed, string known) =>
        Assert.False(ConceptLexicon.IsOneEditAway(typed, known));

    [Fact]
    public void English_and_chinese_words_for_a_parcel_share_a_concept()
    {
        Assert.Contains("delivery", IntentConcepts.Lexicon.Concepts("where's my parcel"));
        Assert.Contains("delivery", IntentConcepts.Lexicon.Concepts("我的快递呢"));
        Assert.Contains("refund", IntentConcepts.Lexicon.Concepts("any news on my refnud"));
    }
}
