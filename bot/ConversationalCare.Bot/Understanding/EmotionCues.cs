using System.Text;
using System.Text.RegularExpressions;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Customer-service signals of how strongly someone feels that a bag-of-words model underweights: shouting,
/// "!!!", writing in for the third time, swearing, threatening a complaint, urgency. Each seen cue is named.
/// </summary>
public static partial class EmotionCues
{
    public const string RepeatedPunctuation = "repeated_punctuation";
    public const string Shouting = "shouting";
    public const string RepeatContact = "repeat_contact";
    public const string ComplaintThreat = "complaint_threat";
    public const string Profanity = "profanity";
    public const string Urgency = "urgency";

    private static readonly string[] RepeatPhrases =
        ["third time", "3rd time", "second time", "fourth time", "again", "still not", "still no ", "still haven", "still hasn",
         "still waiting", "still nothing", "how many times", "several times", "multiple times", "keep telling", "every time", "for weeks",
         "还没", "还是没", "又", "第二次", "第三次", "第四次", "多少次", "好几次", "一直", "到现在", "至今", "几次了"];

    private static readonly string[] ComplaintPhrases =
        ["投诉", "12315", "消协", "曝光", "差评", "complain", "complaint", "bad review", "report you", "consumer protection", "lawyer", "sue you"];

    private static readonly string[] ProfanityPhrases =
        ["damn", "dammit", "crap", "wtf", "hell", "bullshit", "shit", "fuck", "f**k", "screw you", "sucks", "pissed", "bloody",
         "妈的", "他妈", "tmd", "我靠", "垃圾", "坑爹", "什么鬼", "破玩意", "傻逼", "sb ", "滚", "操蛋", "尼玛"];

    private static readonly string[] UrgencyPhrases =
        ["urgent", "asap", "immediately", "right now", "emergency", "hurry", "as soon as possible", "right away",
         "急", "马上", "立刻", "立即", "赶紧", "尽快", "火速", "快点"];

    /// <summary>The cues present in a message, each named once.</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var lower = folded.ToLowerInvariant() + " ";
        var cues = new List<string>();
        if (RepeatedMarks().IsMatch(folded)) cues.Add(RepeatedPunctuation);
        if (IsShouting(folded)) cues.Add(Shouting);
        if (RepeatPhrases.Any(lower.Contains)) cues.Add(RepeatContact);
        if (ComplaintPhrases.Any(lower.Contains)) cues.Add(ComplaintThreat);
        if (ProfanityPhrases.Any(phrase => ContainsWord(lower, phrase))) cues.Add(Profanity);
        if (UrgencyPhrases.Any(lower.Contains)) cues.Add(Urgency);
        return cues;
    }

    /// <summary>Cues that mean the customer is unhappy whatever words they chose; urgency and "!!" can be happy too.</summary>
    public static bool IsNegative(string cue) => cue is Shouting or RepeatContact or ComplaintThreat or Profanity;

    /// <summary>How much a cue raises intensity; swearing and shouting say the most.</summary>
    public static double Weight(string cue) => cue switch
    {
        Profanity or Shouting => 0.25,
        RepeatedPunctuation or RepeatContact or ComplaintThreat => 0.15,
        _ => 0.1,
    };

    // Capitals only count across several words: "DHL" or "OK" is not shouting, "WHERE IS MY ORDER" is.
    private static bool IsShouting(string text)
    {
        var upper = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 8 && upper >= 0.8 * letters && ShoutedWords().Count(text) >= 2;
    }

    // English words must stand alone ("hell" is not in "hello"); Chinese has no spaces, so it matches inside text.
    private static bool ContainsWord(string text, string phrase)
    {
        if (phrase.Any(TrainingText.IsHan)) return text.Contains(phrase);
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var afterIndex = at + phrase.Length;
            var after = afterIndex >= text.Length ? ' ' : text[afterIndex];
            if (!char.IsAsciiLetter(before) && (!char.IsAsciiLetter(after) || phrase.EndsWith(' ') || IsInflection(text, afterIndex)))
                return true;
        }
        return false;
    }

    // "sucks", "fucking", "damned", "crappy": the stem plus a common ending is still the word.
    private static bool IsInflection(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        return text[at..end] is "s" or "ed" or "ing" or "in" or "y" or "ty" or "er" or "ers" or "it";
    }

    [GeneratedRegex(@"[!?]{2,}")]
    private static partial Regex RepeatedMarks();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex ShoutedWords();
}
