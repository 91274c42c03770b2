using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Words that say "this is a question" rather than what it is about. Dropping them keeps the calibrated score
/// about the topic: "how do I reset my password" and "password reset" should count as the same request.
/// </summary>
internal static class FillerWords
{
    public static readonly CharArraySet English = new(LuceneVersion.LUCENE_48,
    [
        "a", "an", "the", "and", "or", "but", "if", "so", "then", "than", "of", "to", "in", "on", "at", "by",
        "for", "with", "from", "into", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "doing", "done", "have", "has", "had", "i", "i'm", "i've", "i'd", "i'll", "me", "my",
        "mine", "myself", "you", "your", "yours", "we", "us", "our", "they", "them", "their", "it", "it's", "its",
        "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "how", "why", "can",
        "could", "would", "should", "will", "shall", "may", "might", "must", "please", "hi", "hello", "hey",
        "thanks", "thank", "just", "very", "too", "some", "any", "get", "got", "want", "need", "like", "let",
        "can't", "cannot", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", "wasn't", "haven't",
        "hasn't", "not", "no", "yes", "ok", "okay", "still", "anymore", "also", "again", "now", "one", "until",
        "other", "something", "anything", "tell", "know", "show", "explain",
    ], ignoreCase: true);

    private static readonly string[] ChineseFillers =
    [
        "怎么办", "怎么样", "怎么", "怎样", "如何", "请问", "一下", "什么", "为什么", "为啥", "可以", "可不可以", "能不能",
        "是不是", "有没有", "是否", "一个", "一直", "我们", "你们", "咱们", "自己", "已经", "还是", "就是", "然后", "但是",
        "因为", "所以", "一般", "大概", "到底", "谢谢", "你好", "您好", "麻烦", "帮我", "这个", "那个", "哪个", "现在",
        "哪些", "问题", "有",
        "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "哈", "我", "你", "您", "他", "她", "它", "请", "想", "要",
        "能", "会", "是", "在", "就", "都", "还", "也", "又", "得", "地", "着", "过", "把", "被", "给", "让", "个", "这",
        "那", "么", "啥",
    ];

    private static readonly string[] ProtectedWords =
    [
        "会员", "申请", "地址", "地区", "获得", "过期", "超过", "通过", "还款", "退还", "个人", "需要", "重要", "不要",
        "要求", "功能", "可能", "不能", "在线", "了解", "目的", "的确", "能力", "得到", "给予",
        "让利", "这里", "那里", "那么", "有效", "记得",
    ];

    /// <summary>
    /// Chinese has no spaces, so fillers are blanked out before tokenizing: the gap stops the bigram filter
    /// from pairing a filler with its neighbour ("我的订单" must not yield 的订). Entries mapped to themselves
    /// protect words that merely contain a filler character (会员, 申请, 地址): the longest match wins.
    /// </summary>
    public static readonly NormalizeCharMap Chinese = BuildChineseMap();

    private static NormalizeCharMap BuildChineseMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var word in ProtectedWords) builder.Add(word, word);
        foreach (var word in ChineseFillers) builder.Add(word, " ");
        // Curly apostrophes from phone keyboards would otherwise keep "what’s" out of the English filler list.
        builder.Add("\u2019", "'");
        return builder.Build();
    }
}
