using System.Text;
using System.Text.RegularExpressions;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// The one rule that is clearly right: a message that is nothing but a request for a person ("人工", "转人工",
/// "agent", "talk to a human", "客服电话") wants a person, however the model scores it. Anything more than a
/// request ("talk to someone about my refund") is left to the model, which knows request_human too.
/// </summary>
public static partial class HumanRequestRule
{
    // Longest first so "人工客服" is taken whole before "客服".
    private static readonly string[] ChinesePeople =
        ["人工客服", "人工服务", "客服电话", "客服热线", "真人客服", "在线客服", "客服人员", "工作人员", "转人工", "人工", "真人", "活人", "客服", "经理", "主管"];

    private static readonly string[] ChineseFillers =
        ["有没有", "可不可以", "能不能", "我要", "我想", "我需要", "麻烦", "给我", "帮我", "请", "转接", "转", "找", "接", "联系",
         "叫", "要", "一下", "吗", "呢", "啊", "吧", "呀", "的", "个", "是", "你们", "来", "出来", "多少", "号码", "电话", "快点", "赶紧", "马上"];

    private static readonly HashSet<string> EnglishPeople =
        ["agent", "agents", "human", "humans", "person", "people", "representative", "rep", "operator", "staff", "someone", "somebody",
         "manager", "supervisor", "associate", "advisor", "adviser", "live", "real", "actual"];

    private static readonly HashSet<string> EnglishRequired =
        ["agent", "agents", "human", "humans", "person", "representative", "rep", "operator", "staff", "someone", "somebody", "manager", "supervisor"];

    private static readonly HashSet<string> EnglishFillers =
        ["i", "i'd", "id", "im", "i'm", "we", "want", "wanna", "need", "would", "like", "to", "talk", "speak", "chat", "with", "a", "an",
         "the", "me", "my", "please", "pls", "plz", "can", "could", "may", "get", "connect", "transfer", "put", "through", "let", "give",
         "now", "just", "one", "some", "your", "you", "is", "are", "there", "any", "available", "customer", "service", "support", "care",
         "team", "phone", "number", "call", "contact", "hotline", "what", "whats", "what's", "how", "do", "reach", "immediately",
         "asap", "right", "away", "ok", "okay", "being", "instead", "not", "bot", "robot", "no",
         "lets", "let's", "for", "god's", "sake", "already", "directly", "of", "over", "in", "be", "here", "someone's", "yes"];

    public static bool Matches(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var chinese = folded;
        var sawPerson = false;
        foreach (var person in ChinesePeople)
            if (chinese.Contains(person)) { sawPerson = true; chinese = chinese.Replace(person, " "); }
        foreach (var filler in ChineseFillers) chinese = chinese.Replace(filler, " ");

        var words = Words().Matches(chinese).Select(match => match.Value).ToList();
        if (words.Any(word => word.Any(TrainingText.IsHan))) return false;
        foreach (var word in words)
        {
            if (EnglishRequired.Contains(word)) sawPerson = true;
            else if (!EnglishPeople.Contains(word) && !EnglishFillers.Contains(word)) return false;
        }
        // Bare "customer service" counts too: the customer is asking how to reach people.
        return sawPerson || words.Contains("customer") && words.Contains("service");
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
