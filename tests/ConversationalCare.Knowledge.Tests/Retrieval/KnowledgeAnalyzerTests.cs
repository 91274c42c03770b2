using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

public sealed class KnowledgeAnalyzerTests
{
    private static IReadOnlyList<string> Terms(string text)
    {
        using var analyzer = new KnowledgeAnalyzer();
        return analyzer.Terms(text);
    }

    [Fact]
    public void Drops_question_words_and_stems_english()
    {
        Assert.Equal(["track", "parcel"], Terms("How do I track my parcels?"));
    }

    [Fact]
    public void Folds_shop_synonyms_into_one_word()
    {
        Assert.Equal(Terms("package"), Terms("parcel"));
        Assert.Equal(Terms("colour"), Terms("color"));
        Assert.Equal(Terms("registration"), Terms("registering"));
    }

    [Fact]
    public void Splits_chinese_into_characters_and_bigrams()
    {
        Assert.Equal(["退", "退款", "款"], Terms("退款"));
    }

    [Fact]
    public void Never_pairs_a_filler_character_with_its_neighbour()
    {
        var terms = Terms("我的订单在哪");

        Assert.Contains("订单", terms);
        Assert.DoesNotContain("的订", terms);
        Assert.DoesNotContain("我", terms);
    }

    [Fact]
    public void Keeps_words_that_merely_contain_a_filler_character()
    {
        var terms = Terms("会员申请地址");

        Assert.Contains("会员", terms);
        Assert.Contains("申请", terms);
        Assert.Contains("地址", terms);
    }

    [Fact]
    public void Keeps_latin_words_inside_chinese_text()
    {
        Assert.Contains("iphon", Terms("iPhone怎么退货"));
        Assert.Contains("退货", Terms("iPhone怎么退货"));
    }

    [Fact]
    public void Normalises_full_width_letters()
    {
        Assert.Equal(Terms("VIP"), Terms("ＶＩＰ"));
    }
}
