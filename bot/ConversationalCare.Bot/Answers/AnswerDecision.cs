using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Bot.Answers;

public enum AnswerKind
{
    Welcome, Answer, Clarify, Fallback, SmallTalkGreeting, SmallTalkThanks, Nothing,
    /// <summary>The customer rated an answer from the chat's buttons.</summary>
    RatedHelpful, RatedNotHelpful,
    /// <summary>The customer answered the bot's offer of a person.</summary>
    AcceptedPerson, DeclinedPerson,
}

/// <summary>What the bot chose to do with a turn, and why; the reason is kept for review and KPIs.</summary>
public sealed record AnswerDecision(AnswerKind Kind, string Reason, IReadOnlyList<Article> Articles)
{
    public static AnswerDecision Nothing(string reason) => new(AnswerKind.Nothing, reason, []);
    public static AnswerDecision Welcome() => new(AnswerKind.Welcome, "conversation started", []);
}
