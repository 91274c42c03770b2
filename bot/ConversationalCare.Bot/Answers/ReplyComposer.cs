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
            AnswerKind.Answer => [Answer(decision.Articles[0], texts)],
            AnswerKind.Clarify => [Message(texts.ClarifyIntro,
                [.. decision.Articles.Select(a => ArticleButton(a.Question, a.Key)), CardAction.ImBack(texts.NoneOfThese)])],
            AnswerKind.Fallback => [Message(texts.Fallback, Starters(texts))],
            AnswerKind.SmallTalkGreeting => [Message(texts.GreetingBack, Starters(texts))],
            AnswerKind.SmallTalkThanks => [Message(texts.YoureWelcome, [])],
            AnswerKind.RatedHelpful => [Message(texts.GladItHelped, [])],
            AnswerKind.RatedNotHelpful => [Message(texts.SorryNotHelpful, [])],
            AnswerKind.DeclinedPerson => [Message(texts.KeepChatting, Starters(texts))],
            _ => [],
        };
    }

    public static Activity Apology(string locale) => Message(BotTexts.For(locale).Apology, []);

    /// <summary>The bot's offer of a person, with buttons that say exactly which way the customer chose.</summary>
    public static Activity OfferPerson(string locale)
    {
        var texts = Handoff.HandoffTexts.For(locale);
        return Message(texts.OfferPerson,
        [
            ValueButton(texts.TalkToPerson, (AnswerDecider.HandoffProperty, AnswerDecider.Accept)),
            ValueButton(texts.KeepTrying, (AnswerDecider.HandoffProperty, AnswerDecider.Decline)),
        ]);
    }

    private static Activity Answer(Article article, BotTexts texts)
    {
        var reply = Message(article.Answer,
        [
            .. article.FollowUps.Select(f => ArticleButton(f.Title, f.ArticleKey)),
            RatingButton(texts.HelpfulButton, article.Key, AnswerDecider.Helpful),
            RatingButton(texts.NotHelpfulButton, article.Key, AnswerDecider.NotHelpful),
        ]);
        reply.TextFormat = "markdown";
        return reply;
    }

    private static List<CardAction> Starters(BotTexts texts) => [.. texts.StarterQuestions.Select(q => CardAction.ImBack(q))];

    private static CardAction ArticleButton(string title, string articleKey) =>
        ValueButton(title, (AnswerDecider.ArticleKeyProperty, articleKey));

    private static CardAction RatingButton(string title, string articleKey, string rating) =>
        ValueButton(title, (AnswerDecider.RatingProperty, rating), (AnswerDecider.ArticleKeyProperty, articleKey));

    /// <summary>messageBack: the title appears as the customer's words, the value tells the bot exactly what was chosen.</summary>
    private static CardAction ValueButton(string title, params (string Property, string Value)[] value) => new()
    {
        Type = CardActionTypes.MessageBack,
        Title = title,
        Text = title,
        DisplayText = title,
        Value = JsonSerializer.SerializeToElement(value.ToDictionary(p => p.Property, p => p.Value)),
    };

    private static Activity Message(string text, List<CardAction> actions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = "acceptingInput",
        SuggestedActions = actions.Count > 0 ? new SuggestedActions { Actions = actions } : null,
    };
}
