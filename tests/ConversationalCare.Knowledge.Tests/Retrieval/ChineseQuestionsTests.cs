using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

[Collection(SampleKnowledgeCollection.Name)]
public sealed class ChineseQuestionsTests(SampleKnowledge knowledge)
{
    // 口语化的说法，和文章里的问题、相似问法都不一样。
    [Theory]
    [InlineData("我把登录密码忘记了", "zh-reset-password")]
    [InlineData("登录验证码收不到", "zh-two-factor")]
    [InlineData("想换个邮箱绑定", "zh-change-email")]
    [InlineData("新用户注册要怎么弄", "zh-register")]
    [InlineData("账号不用了想注销", "zh-close-account")]
    [InlineData("订单不想要了能取消吗", "zh-cancel-order")]
    [InlineData("以前的订单在哪看", "zh-order-history")]
    [InlineData("我的包裹到哪儿了", "zh-track-parcel")]
    [InlineData("下单后多久能收到货", "zh-delivery-times")]
    [InlineData("快递来的时候家里没人", "zh-missed-delivery")]
    [InlineData("满多少包邮", "zh-shipping-fees")]
    [InlineData("打折商品可以退货吗", "zh-return-policy")]
    [InlineData("想退货，上门取件可以吗", "zh-how-to-return")]
    [InlineData("退款什么时候到账", "zh-refund-timing")]
    [InlineData("刚收到的东西就是坏的", "zh-damaged-item")]
    [InlineData("能用支付宝付钱吗", "zh-payment-methods")]
    [InlineData("付款老是失败", "zh-failed-payment")]
    [InlineData("公司报销要开发票", "zh-invoice")]
    [InlineData("可以用花呗分期吗", "zh-installments")]
    [InlineData("优惠码用不了", "zh-coupons")]
    [InlineData("礼品卡余额怎么查", "zh-gift-cards")]
    [InlineData("积分能抵现吗", "zh-points")]
    [InlineData("会员怎么升级", "zh-membership-tiers")]
    [InlineData("Plus会员有哪些好处", "zh-membership-benefits")]
    [InlineData("自动续费怎么关", "zh-cancel-membership")]
    [InlineData("电器坏了能保修吗", "zh-warranty")]
    [InlineData("人工客服怎么找", "zh-contact-us")]
    [InlineData("你们客服几点下班", "zh-business-hours")]
    public void Answers_a_colloquial_chinese_question_with_the_right_article(string question, string expectedKey)
    {
        var result = knowledge.Ask(question, "zh-CN");

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Fact]
    public void Finds_the_tracking_article_for_a_colloquial_chinese_question()
    {
        var result = knowledge.Ask("我的快递怎么还没到，到哪了？", "zh-CN");

        Assert.Equal("zh-track-parcel", result.Best?.Article.Key);
        Assert.Equal(AnswerConfidence.High, result.Confidence);
    }

    [Theory]
    [InlineData("能寄到日本吗", "zh-international-shipping")]
    [InlineData("我的号被锁住了", "zh-locked-account")]
    [InlineData("想换个颜色", "zh-exchange")]
    public void Suggests_the_right_article_first_for_a_loosely_worded_chinese_question(string question, string expectedKey)
    {
        var result = knowledge.Ask(question, "zh-CN");

        Assert.Equal(expectedKey, result.Best?.Article.Key);
        Assert.NotEqual(AnswerConfidence.None, result.Confidence);
    }
}
