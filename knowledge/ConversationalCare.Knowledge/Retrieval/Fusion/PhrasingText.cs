using System.Globalization;
using System.Text;

namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// The one normal form every local model sees, so a phrasing and a customer's message meet on equal terms:
/// NFKC (full-width letters), lower case, punctuation dropped, whitespace collapsed.
/// </summary>
internal static class PhrasingText
{
    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var space = true;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter)
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c == '\'' || c == '’')
            {
                // "can't" and "cant" should look alike: customers drop apostrophes all the time.
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }
        return builder.ToString().TrimEnd();
    }
}
