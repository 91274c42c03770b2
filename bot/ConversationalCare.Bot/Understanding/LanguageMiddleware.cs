using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Answers in the language the customer writes in, whatever the page's locale says: a shopper on the English
/// page who types Chinese gets Chinese. Text without letters (an order number, "??") keeps the current language.
/// The conversation remembers the language its replies are written in (see TranscriptWriter), so no extra write here.
/// </summary>
public sealed class LanguageMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Message) && LanguageOf(turn.Activity.Text) is { } written)
            turn.Locale = written;
        return next();
    }

    public static string? LanguageOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var han = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf') han++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        // Any Chinese outweighs Latin letters: "iPhone 怎么退货" is a Chinese question with a product name in it.
        if (han > 0) return Locales.Chinese;
        return latin >= 2 ? Locales.English : null;
    }
}
