using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ConversationalCare.Knowledge.Language;

/// <summary>
/// Chinese text cut into words (Lucene's SmartCn: a hidden Markov model over a dictionary compiled into its
/// assembly, so nothing is read from disk or the network). Character bigrams match any two characters in a row,
/// right or wrong; words let a model weigh 退款 (refund) as one thing and not learn from the 款到 straddling a
/// boundary. Latin words in mixed text ("我的order还没到") come through as words of their own.
/// </summary>
public static class ChineseWords
{
    // Analyzers keep one token stream per thread, so a shared one serves concurrent turns.
    private static readonly SmartChineseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>The words of a text that holds Chinese, space-separated and lower-cased; empty for text without any.</summary>
    public static string Segment(string text)
    {
        if (!ContainsHan(text)) return "";
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return string.Join(' ', words);
    }

    public static bool ContainsHan(string text)
    {
        foreach (var c in text)
            if (IsHan(c)) return true;
        return false;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
