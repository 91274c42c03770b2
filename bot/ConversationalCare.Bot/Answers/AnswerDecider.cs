using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Bot.Answers;

/// <summary>
/// The one place a turn's answer is decided: greet, answer from knowledge, ask which article was meant,
/// make small talk, or say honestly that the bot does not know.
/// </summary>
public sealed class AnswerDecider(IKnowledgeSearch knowledge, IArticleCatalog catalog)
{
    public const string ArticleKeyProperty = "articleKey";
    public const string RatingProperty = "rating";
    public const string HandoffProperty = "handoff";
    public const string Helpful = "helpful";
    public const string NotHelpful = "notHelpful";
    public const string Accept = "accept";
    public const string Decline = "decline";
    // Small talk only when the intent is clear; a knowledge answer still wins ("thanks, and how do I return it?").
    private const double SmallTalkConfidence = 0.6;

    public async Task<AnswerDecision> DecideAsync(Activity activity, string locale, MessageUnderstanding? understood,
        CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.ConversationUpdate))
            return activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true
                ? AnswerDecision.Welcome()
                : AnswerDecision.Nothing("only the bot joined");
        if (!activity.IsType(ActivityTypes.Message)) return AnswerDecision.Nothing($"{activity.Type} needs no reply");

        // Buttons say exactly what they mean: a rating, an answer to the offer of a person, or an article.
        if (ButtonValue(activity, RatingProperty) is { } rating && ButtonValue(activity, ArticleKeyProperty) is { } rated)
            return new(rating == NotHelpful ? AnswerKind.RatedNotHelpful : AnswerKind.RatedHelpful, $"rated {rated} {rating}",
                catalog.Find(rated) is { } ratedArticle ? [ratedArticle] : []);
        if (ButtonValue(activity, HandoffProperty) is { } offer)
            return new(offer == Accept ? AnswerKind.AcceptedPerson : AnswerKind.DeclinedPerson, $"offer of a person: {offer}", []);
        if (ChosenArticle(activity) is { } chosen)
            return new(AnswerKind.Answer, $"customer chose article {chosen.Key}", [chosen]);

        var question = activity.Text?.Trim();
        if (string.IsNullOrEmpty(question))
            return activity.Attachments is { Count: > 0 }
                ? new(AnswerKind.Fallback, "attachment without text", [])
                : AnswerDecision.Nothing("empty message");

        var result = await knowledge.SearchAsync(question, locale, top: 3, cancellationToken);
        var articles = result.Candidates.Select(c => c.Article).ToList();
        if (result.Confidence != AnswerConfidence.High && SmallTalk(understood) is { } smallTalk) return smallTalk;
        return result.Confidence switch
        {
            AnswerConfidence.High => new(AnswerKind.Answer, $"knowledge match {result.Best!.Score:0.00} on {result.Best.MatchedField}", articles.Take(1).ToList()),
            AnswerConfidence.Low when articles.Count > 0 => new(AnswerKind.Clarify, $"low confidence {result.Best!.Score:0.00}", articles),
            _ => new(AnswerKind.Fallback, "no knowledge match", []),
        };
    }

    private static AnswerDecision? SmallTalk(MessageUnderstanding? understood) =>
        understood?.Intent is { IsOutOfScope: false, Confidence: >= SmallTalkConfidence } intent
            ? intent.Intent switch
            {
                Intents.Greeting => new(AnswerKind.SmallTalkGreeting, $"greeting ({intent.Confidence:0.00})", []),
                Intents.ThanksGoodbye => new(AnswerKind.SmallTalkThanks, $"thanks or goodbye ({intent.Confidence:0.00})", []),
                _ => null,
            }
            : null;

    private Article? ChosenArticle(Activity activity) =>
        ButtonValue(activity, ArticleKeyProperty) is { } key ? catalog.Find(key) : null;

    private static string? ButtonValue(Activity activity, string property) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String
            ? found.GetString()
            : null;
}
