using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// The one place a handoff is decided. Each rule is named, reads only the turn's signals, and says why; the first
/// rule that fires wins. Where a rule allows, the bot offers a person before it forces one: customers who would
/// rather keep trying are not queued against their will, and the offer itself is remembered so the next failure
/// hands over.
/// </summary>
public sealed class EscalationPolicy(IOptions<HandoffOptions> options)
{
    private HandoffOptions Options => options.Value;

    public EscalationDecision Decide(EscalationSignals signals)
    {
        return CustomerAsked(signals)
            ?? Complaint(signals)
            ?? HotEmotion(signals)
            ?? NotHelpful(signals)
            ?? RepeatedFailure(signals)
            ?? RepeatedQuestion(signals)
            ?? WorseningMood(signals)
            ?? EscalationDecision.None;
    }

    private EscalationDecision? CustomerAsked(EscalationSignals signals) =>
        signals.AcceptedOffer || signals.Understanding?.Intent.Intent == Intents.RequestHuman
            ? Escalate(signals, EscalationRules.CustomerAsked,
                signals.AcceptedOffer ? "the customer accepted the offer of a person" : "the customer asked for a person", priority: 2)
            : null;

    private EscalationDecision? Complaint(EscalationSignals signals) =>
        !IsButtonPress(signals) && signals.Understanding?.Intent is { Intent: Intents.Complaint } intent && intent.Confidence >= Options.ComplaintConfidence
            ? Escalate(signals, EscalationRules.Complaint, $"complaint ({intent.Confidence:0.00})", priority: 1)
            : null;

    private EscalationDecision? HotEmotion(EscalationSignals signals)
    {
        if (IsButtonPress(signals) || signals.Understanding?.Emotion is not { IsNegative: true } emotion) return null;
        var discount = signals.IsVip ? Options.VipIntensityDiscount : 0;
        if (emotion.Intensity < Options.HotEmotionIntensity - discount) return null;
        var reason = $"{emotion.Label} at intensity {emotion.Intensity:0.00}";
        return emotion.Intensity >= Options.ForceEmotionIntensity - discount
            ? Escalate(signals, EscalationRules.HotEmotion, reason, priority: 2)
            : OfferThenEscalate(signals, EscalationRules.HotEmotion, reason, priority: 2);
    }

    private EscalationDecision? NotHelpful(EscalationSignals signals)
    {
        var reason = $"{signals.NotHelpfulRatings} answer(s) rated not helpful";
        if (signals.NotHelpfulRatings >= Options.NotHelpfulLimit) return Escalate(signals, EscalationRules.NotHelpful, reason, priority: 3);
        return signals.Answer.Kind == AnswerKind.RatedNotHelpful
            ? OfferThenEscalate(signals, EscalationRules.NotHelpful, reason, priority: 3)
            : null;
    }

    private EscalationDecision? RepeatedFailure(EscalationSignals signals)
    {
        if (!IsFailure(signals.Answer.Kind.ToString())) return null;
        var failuresBefore = signals.History.AsEnumerable().Reverse()
            .Where(turn => turn.Outcome is not null)
            .TakeWhile(turn => IsFailure(turn.Outcome)).Count();
        return failuresBefore >= 1
            ? OfferThenEscalate(signals, EscalationRules.RepeatedFailure, $"{failuresBefore + 1} unanswered questions in a row", priority: 3)
            : null;
    }

    private EscalationDecision? RepeatedQuestion(EscalationSignals signals)
    {
        if (string.IsNullOrWhiteSpace(signals.Text) || signals.Answer.Kind is not (AnswerKind.Answer or AnswerKind.Clarify or AnswerKind.Fallback))
            return null;
        var repeated = signals.History.Any(turn => turn.Outcome is nameof(AnswerKind.Answer) or nameof(AnswerKind.Clarify)
            && TextSimilarity.Of(turn.Text, signals.Text) >= Options.RepeatSimilarity);
        return repeated
            ? OfferThenEscalate(signals, EscalationRules.RepeatedQuestion, "the customer asked the same question again", priority: 3)
            : null;
    }

    private EscalationDecision? WorseningMood(EscalationSignals signals)
    {
        if (IsButtonPress(signals) || signals.Understanding is not { } understood) return null;
        var readings = signals.History
            .Where(turn => turn.Sentiment is not null)
            .Select(turn => new EmotionReading(turn.Emotion ?? Emotions.Neutral, turn.Intensity ?? 0, turn.Sentiment!.Value, []))
            .Append(understood.Emotion);
        var trajectory = EmotionTrajectory.From(readings);
        return trajectory.IsWorsening(Options.WorseningTurns, Options.WorseningDrop) && trajectory.Score <= Options.WorseningFloor
            ? OfferThenEscalate(signals, EscalationRules.WorseningMood, $"mood falling to {trajectory.Score:0.00}", priority: 2)
            : null;
    }

    /// <summary>The bot asks first; once it has asked (or for a VIP), the next trigger hands over.</summary>
    private EscalationDecision OfferThenEscalate(EscalationSignals signals, string rule, string reason, int priority) =>
        signals.PersonOffered || signals.IsVip
            ? Escalate(signals, rule, reason, priority)
            : new(EscalationAction.Offer, rule, reason, Raise(priority, signals.IsVip), TopicOf(signals));

    private static EscalationDecision Escalate(EscalationSignals signals, string rule, string reason, int priority) =>
        new(EscalationAction.Escalate, rule, signals.IsVip ? reason + "; VIP customer" : reason,
            Raise(priority, signals.IsVip), TopicOf(signals));

    private static int Raise(int priority, bool vip) => vip ? Math.Max(1, priority - 1) : priority;

    /// <summary>The topic the customer last talked about, not "I want a person", a greeting or thanks.</summary>
    public static string? TopicOf(EscalationSignals signals) =>
        signals.History.Select(turn => turn.Intent).Append(signals.Understanding?.Intent.Intent).LastOrDefault(IsTopic);

    private static bool IsTopic(string? intent) =>
        intent is not (null or Intents.RequestHuman or Intents.Greeting or Intents.ThanksGoodbye or Intents.OutOfScope);

    /// <summary>A rating or an answer to our offer: the words are our button's, not the customer's mood.</summary>
    private static bool IsButtonPress(EscalationSignals signals) =>
        signals.Answer.Kind is AnswerKind.RatedHelpful or AnswerKind.RatedNotHelpful or AnswerKind.AcceptedPerson or AnswerKind.DeclinedPerson;

    private static bool IsFailure(string? outcome) => outcome is nameof(AnswerKind.Fallback) or nameof(AnswerKind.Clarify);
}
