using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// An earlier customer message of the conversation, with what was understood and what the bot did: Outcome is the
/// answer kind (Answer, Clarify, Fallback…), Escalation "Offer" or "Escalate" when the policy acted.
/// </summary>
public sealed record PastTurn(string? Text, string? Intent, string? Emotion, double? Intensity, double? Sentiment,
    string? Outcome, string? Escalation = null);

/// <summary>Everything the escalation policy reads for one turn; gathered by the bot, so the policy stays a pure function.</summary>
public sealed record EscalationSignals(
    string? Text,
    MessageUnderstanding? Understanding,
    AnswerDecision Answer,
    IReadOnlyList<PastTurn> History,
    int NotHelpfulRatings,
    bool IsVip,
    bool PersonOffered,
    bool AcceptedOffer = false);
