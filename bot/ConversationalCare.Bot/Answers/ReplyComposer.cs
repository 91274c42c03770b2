using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Bot.Answers;

/// <summary>Turns a decision into the activities the customer sees; the wording lives in <see cref="BotTexts"/>.</summary>
public static class ReplyComposer
{
    public static IReadOnlyList<Activity> Compose(AnswerDecision decision, string locale)
    {
        var texts = BotTexts.For(locale);
        return decision.Kind switch
        {
            AnswerKind.Welcome => [Message(texts.Welcome, Starters(texts))],
            AnswerKind.Answer => [Answer(decision.Articles[0])],
            AnswerKind.Clarify => [Message(texts.ClarifyIntro,
                [.. decision.Articles.Select(a => ArticleButton(a.Question, a.Key)), CardAction.ImBack(texts.NoneOfThese)])],
            AnswerKind.Fallback => [Message(texts.Fallback, Starters(texts))],
            AnswerKind.SmallTalkGreeting => [Message(texts.GreetingBack, Starters(texts))],
            AnswerKind.SmallTalkThanks => [Message(texts.YoureWelcome, [])],
            _ => [],
        };
    }

    public static Activity Apology(string locale) => Message(BotTexts.For(locale).Apology, []);

    private static Activity Answer(Article article)
    {
        var reply = Message(article.Answer, [.. article.FollowUps.Select(f => ArticleButton(f.Title, f.ArticleKey))]);
        reply.TextFormat = "markdown";
        return reply;
    }

    private static List<CardAction> Starters(BotTexts texts) => [.. texts.StarterQuestions.Select(q => CardAction.ImBack(q))];

    /// <summary>messageBack shows the title as the customer's words and tells the bot exactly which article.</summary>
    private static CardAction ArticleButton(string title, string articleKey) => new()
    {
        Type = CardActionTypes.MessageBack,
        Title = title,
        Text = title,
        DisplayText = title,
        Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [AnswerDecider.ArticleKeyProperty] = articleKey }),
    };

    private static Activity Message(string text, List<CardAction> actions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = "acceptingInput",
        SuggestedActions = actions.Count > 0 ? new SuggestedActions { Actions = actions } : null,
    };
}
