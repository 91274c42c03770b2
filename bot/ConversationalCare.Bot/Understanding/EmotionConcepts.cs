namespace ConversationalCare.Bot.Understanding;

/// <summary>Words that carry feeling in a support chat, in English and Chinese, written by the team.</summary>
public static class EmotionConcepts
{
    public static ConceptLexicon Lexicon { get; } = new(new Dictionary<string, string[]>
    {
        ["hostile"] = ["furious", "angry", "livid", "fuming", "hate", "scam", "liar", "lies", "lied", "outrageous", "unacceptable", "ridiculous", "disgust", "disgrace", "pathetic", "useless", "worst", "incompetent", "how dare", "sue ", "fired", "rip off", "stole", "rude", "kidding me", "swore", "demand", "fraud", "theft", "dare", "joke", "last straw", "enough", "气死", "生气", "火大", "愤怒", "骗", "垃圾", "恶心", "过分", "离谱", "忍无可忍", "废物", "坑", "偷", "凭什么", "无法无天", "开除", "有病", "不负责", "恶劣", "最差", "烂", "骂", "给个说法", "给我个解释", "欺诈", "抢钱"],
        ["weary"] = ["still", "again", "keep", "every time", "already", "annoying", "tired of", "forever", "ages", "still nothing", "nothing happen", "nothing changed", "not helpful", "doesn't help", "doesn't work", "not working", "circles", "twice", "so hard", "come on", "ugh", "excuse", "nobody", "no one", "been trying", "hours", "weeks", "supposed to", "you said", "told me", "what's going on", "after one use", "straight away", "还是", "又", "一直", "老是", "烦", "没用", "半天", "已经", "总是", "没人", "绕来绕去", "没完没了", "到底", "借口", "居然", "还没", "怎么还", "几次", "怎么回事", "说好", "说是", "一点都", "都没动", "一拖再拖", "敷衍", "推来推去", "就坏", "就掉"],
        ["worried"] = ["worried", "worry", "nervous", "scared", "afraid", "anxious", "panic", "stress", "urgent", "what if", "account safe", "data safe", "money safe", "safe to pay", "asap", "hurry", "in time", "before the", "deadline", "concerned", "uneasy", "freaking", "help!", "please tell me", "scammed", "leak", "担心", "害怕", "怕", "焦虑", "慌", "急", "万一", "不放心", "账号安全", "信息安全", "紧张", "着急", "来不及", "截止", "救命", "求", "没底", "被骗", "泄露", "盗"],
        ["sad"] = ["sad", "disappoint", "shame", "pity", "upset", "heart", "gutted", "ruined", "let down", "sigh", "unfortunately", "sadly", "crushed", "miss ", "for nothing", "give up", "lost my", "late ", "down about", "going downhill", "难过", "失望", "可惜", "伤心", "遗憾", "心疼", "心寒", "唉", "难受", "毁了", "失落", "寒心", "崩溃", "后悔", "泡汤", "心都凉", "一场空", "算了", "放弃"],
        ["pleased"] = ["thank", "thx", "cheers", "great", "perfect", "awesome", "love", "happy", "excellent", "brilliant", "amazing", "wonderful", "helpful", "solved", "sorted", "fantastic", "glad", "nice", "lovely", "impressed", "yay", "star", "have a good", "have a nice", "bye", "谢谢", "感谢", "多谢", "太好了", "满意", "完美", "棒", "喜欢", "开心", "不错", "点赞", "解决了", "搞定", "很好", "耶", "帮了大忙", "好快", "麻烦你了", "辛苦", "拜拜", "再见"],
    });

    /// <summary>Concepts plus the customer-service cues, so the model can learn how much each cue means.</summary>
    public static string Of(string text) =>
        Lexicon.Concepts(text) + string.Join(' ', EmotionCues.In(text).Select(cue => "cue_" + cue));
}
