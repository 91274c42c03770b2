using System.Text.RegularExpressions;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff.Context;

/// <summary>
/// Finds what agents look up first: order numbers, emails and phone numbers. Agents see them in full;
/// <see cref="Mask"/> hides them wherever text leaves for logs or exports.
/// </summary>
public static partial class EntityFinder
{
    public const string OrderNumber = "order number";
    public const string Email = "email";
    public const string Phone = "phone";

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // Order numbers as Lumen & Co prints them (LC-12345678) or a #-prefixed / labelled run of 6+ digits.
    [GeneratedRegex(@"\bLC-?\d{6,10}\b|#\d{5,12}\b|(?<=(?:order|订单号?|单号)\s*(?:number|no\.?|#|：|:)?\s*)\d{5,12}\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderPattern();

    // International or local phone numbers: 8–15 digits with optional +, spaces or dashes; not part of a longer number.
    [GeneratedRegex(@"(?<![\w#-])\+?\d[\d\s-]{6,16}\d(?![\w-])")]
    private static partial Regex PhonePattern();

    public static IReadOnlyList<FoundEntity> Find(IEnumerable<string?> texts)
    {
        var found = new List<FoundEntity>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var orders = OrderPattern().Matches(text).Select(m => m.Value).ToList();
            found.AddRange(orders.Select(o => new FoundEntity(OrderNumber, o)));
            found.AddRange(EmailPattern().Matches(text).Select(m => new FoundEntity(Email, m.Value)));
            found.AddRange(PhonePattern().Matches(text)
                .Select(m => m.Value.Trim())
                .Where(p => p.Count(char.IsDigit) is >= 8 and <= 15 && !orders.Any(o => o.Contains(p) || p.Contains(o.TrimStart('#'))))
                .Select(p => new FoundEntity(Phone, p)));
        }
        return found.Distinct().ToList();
    }

    /// <summary>The text with every email, phone and order number replaced by a mask that keeps only its kind.</summary>
    public static string Mask(string text)
    {
        text = EmailPattern().Replace(text, "[email]");
        text = OrderPattern().Replace(text, "[order]");
        return PhonePattern().Replace(text, m => m.Value.Count(char.IsDigit) >= 8 ? "[phone]" : m.Value);
    }
}
