namespace ConversationalCare.Benchmarks;

/// <summary>
/// What customers type, in English and Chinese, with a little nonsense for the fallback path. Nothing here asks
/// for a person or sounds angry, and no conversation asks the same thing twice within <see cref="Distinct"/> turns:
/// the bot offers a person to customers who repeat themselves, and a handoff stops the bot replying, which would
/// turn the load test into a queue test.
/// </summary>
public static class CustomerQuestions
{
    private static readonly string[] Questions =
    [
        "where is my parcel?",
        "how do I return an item?",
        "我的快递到哪了",
        "I forgot my password",
        "blorp zindle quax?",
        "怎么退货",
        "can I change my delivery address?",
        "退款多久能到账？",
        "do you ship to Canada?",
        "how do I cancel my order?",
        "优惠券怎么用",
        "what payment methods do you accept?",
        "修改收货地址",
        "how long does a refund take?",
        "我忘记密码了",
        "how do gift cards work?",
        "运费怎么算",
        "can I pay in installments?",
        "怎么开发票",
        "purple elephants singing at midnight",
        "how do I set up 2FA?",
        "会员有几个级别",
        "where can I see my past orders?",
        "可以寄到国外吗",
        "how much is shipping?",
        "积分怎么获得",
        "how do I create an account?",
        "怎么注册账号",
        "how do I delete my account?",
        "礼品卡怎么使用",
        "how do Lumen points work?",
        "怎么取消 Plus 会员",
    ];

    /// <summary>How many turns a conversation can take before it repeats a question.</summary>
    public static int Distinct => Questions.Length;

    /// <summary>Each conversation starts at a different question; nonsense never comes twice in a row.</summary>
    public static string For(int conversation, int turn) => Questions[(conversation * 5 + turn) % Questions.Length];
}
