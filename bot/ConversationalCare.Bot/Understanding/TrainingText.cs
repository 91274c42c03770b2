using System.Text;
using ConversationalCare.Knowledge.Language;

namespace ConversationalCare.Bot.Understanding;

/// <summary>How text is shaped before featurizing, identically for training and for live messages.</summary>
public static class TrainingText
{
    public static string Normalize(string text)
    {
        // Full-width forms ("？", "ＯＫ") become their ASCII twins so Chinese and English keyboards share features.
        var folded = text.Normalize(NormalizationForm.FormKC).Trim();
        var shaped = new StringBuilder(folded.Length + 8);
        var previous = '\0';
        foreach (var c in folded)
        {
            // A space where Chinese meets Latin ("我的order还没到") lets the English word count as a word too.
            if (previous != '\0' && IsHan(previous) != IsHan(c) && char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(c))
                shaped.Append(' ');
            shaped.Append(char.IsWhiteSpace(c) ? ' ' : c);
            previous = c;
        }
        return shaped.ToString();
    }

    public static bool IsHan(char c) => ChineseWords.IsHan(c);
}
