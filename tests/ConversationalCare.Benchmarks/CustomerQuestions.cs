namespace ConversationalCare.Benchmarks;

/// <summary>
/// What customers type, in English and Chinese, with a little nonsense for the fallback path. Nothing here asks
/// for a person or sounds angry: a handoff would stop the bot replying and turn the load test into a queue test.
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
        "purple elephants singing at midnight",
        "what payment methods do you accept?",
        "修改收货地址",
        "how long does a refund take?",
        "我忘记密码了",
    ];

    /// <summary>Each conversation starts at a different question; nonsense never comes twice in a row.</summary>
    public static string For(int conversation, int turn) => Questions[(conversation * 5 + turn) % Questions.Length];
}
