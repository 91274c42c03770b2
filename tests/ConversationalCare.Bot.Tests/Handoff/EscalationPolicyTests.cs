using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>Each escalation rule, on the signals one turn would give it.</summary>
public class EscalationPolicyTests
{
    private readonly EscalationPolicy policy = new(Options.Create(new HandoffOptions()));

    private static MessageUnderstanding Understood(string intent, double confidence = 0.9, string emotion = Emotions.Neutral,
        double intensity = 0, double sentiment = 0) =>
        new(new IntentPrediction([new IntentScore(intent, confidence)], intent == Intents.OutOfScope, false),
            new EmotionReading(emotion, intensity, sentiment, []));

    private static EscalationSignals Turn(MessageUnderstanding understood, AnswerKind answer = AnswerKind.Answer,
        IReadOnlyList<PastTurn>? history = null, string text = "a question", int notHelpful = 0, bool vip = false, bool offered = false) =>
        new(text, understood, new AnswerDecision(answer, "test", []), history ?? [], notHelpful, vip, offered);

    private static PastTurn Past(string outcome, string text = "earlier", string intent = Intents.ProductQuestion,
        double sentiment = 0, string? escalation = null) =>
        new(text, intent, Emotions.Neutral, 0, sentiment, outcome, escalation);

    [Theory]
    [InlineData(Intents.RequestHuman)]
    public void Hands_over_at_once_when_the_customer_asks_for_a_person(string intent)
    {
        var decision = policy.Decide(Turn(Understood(intent), AnswerKind.Fallback));

        Assert.Equal(EscalationAction.Escalate, decision.Action);
        Assert.Equal(EscalationRules.CustomerAsked, decision.Rule);
        Assert.Equal(2, decision.Priority);
    }

    [Fact]
    public void A_request_for_a_person_carries_the_topic_the_customer_talked_about_for_routing()
    {
        var decision = policy.Decide(Turn(Understood(Intents.RequestHuman), history: [Past("Answer", intent: Intents.BillingPayment), Past("Answer", intent: Intents.ThanksGoodbye)]));

        Assert.Equal(Intents.BillingPayment, decision.Topic);
    }

    [Fact]
    public void Hands_over_a_complaint_as_priority_one()
    {
        var decision = policy.Decide(Turn(Understood(Intents.Complaint, 0.8, Emotions.Anger, 0.5, -0.6)));

        Assert.Equal(EscalationAction.Escalate, decision.Action);
        Assert.Equal(EscalationRules.Complaint, decision.Rule);
        Assert.Equal(1, decision.Priority);
        Assert.Equal(Intents.Complaint, decision.Topic);
    }

    [Fact]
    public void Offers_a_person_when_a_customer_is_quite_upset_and_hands_over_when_furious()
    {
        var upset = policy.Decide(Turn(Understood(Intents.OrderStatus, emotion: Emotions.Frustration, intensity: 0.8, sentiment: -0.7)));
        var furious = policy.Decide(Turn(Understood(Intents.OrderStatus, emotion: Emotions.Anger, intensity: 0.95, sentiment: -0.9)));

        Assert.Equal((EscalationAction.Offer, EscalationRules.HotEmotion), (upset.Action, upset.Rule));
        Assert.Equal((EscalationAction.Escalate, EscalationRules.HotEmotion), (furious.Action, furious.Rule));
    }

    [Fact]
    public void Hands_over_an_upset_customer_who_was_already_offered_a_person()
    {
        var decision = policy.Decide(Turn(Understood(Intents.OrderStatus, emotion: Emotions.Frustration, intensity: 0.8, sentiment: -0.7), offered: true));

        Assert.Equal(EscalationAction.Escalate, decision.Action);
    }

    [Fact]
    public void A_VIP_reaches_the_emotion_threshold_sooner_and_ranks_higher()
    {
        var signals = Turn(Understood(Intents.OrderStatus, emotion: Emotions.Anxiety, intensity: 0.65, sentiment: -0.5));

        Assert.Equal(EscalationAction.None, policy.Decide(signals).Action);
        var vip = policy.Decide(signals with { IsVip = true });
        Assert.Equal(EscalationAction.Escalate, vip.Action);
        Assert.Equal(1, vip.Priority);
    }

    [Fact]
    public void Offers_a_person_after_two_unanswered_questions_and_hands_over_after_the_third()
    {
        var second = policy.Decide(Turn(Understood(Intents.OutOfScope), AnswerKind.Fallback, [Past("Fallback")]));
        var third = policy.Decide(Turn(Understood(Intents.OutOfScope), AnswerKind.Clarify,
            [Past("Fallback"), Past("Fallback", escalation: "Offer:repeated-failure")], offered: true));

        Assert.Equal((EscalationAction.Offer, EscalationRules.RepeatedFailure), (second.Action, second.Rule));
        Assert.Equal((EscalationAction.Escalate, EscalationRules.RepeatedFailure), (third.Action, third.Rule));
    }

    [Fact]
    public void One_unanswered_question_after_an_answer_is_not_a_pattern()
    {
        var decision = policy.Decide(Turn(Understood(Intents.OutOfScope), AnswerKind.Fallback, [Past("Fallback"), Past("Answer")]));

        Assert.Equal(EscalationAction.None, decision.Action);
    }

    [Fact]
    public void Notices_the_same_question_asked_again_even_with_a_typo()
    {
        var decision = policy.Decide(Turn(Understood(Intents.OrderStatus), AnswerKind.Answer,
            [Past("Answer", "where is my parcel? it is late")], text: "where is my parcle?? it is late"));

        Assert.Equal((EscalationAction.Offer, EscalationRules.RepeatedQuestion), (decision.Action, decision.Rule));
    }

    [Fact]
    public void Notices_a_chinese_question_asked_again()
    {
        var decision = policy.Decide(Turn(Understood(Intents.OrderStatus), AnswerKind.Answer,
            [Past("Answer", "我的快递到哪了")], text: "我的快递到底到哪了"));

        Assert.Equal(EscalationRules.RepeatedQuestion, decision.Rule);
    }

    [Fact]
    public void Offers_a_person_after_one_answer_rated_not_helpful_and_hands_over_after_two()
    {
        var first = policy.Decide(Turn(Understood(Intents.OutOfScope), AnswerKind.RatedNotHelpful, notHelpful: 1));
        var second = policy.Decide(Turn(Understood(Intents.OutOfScope), AnswerKind.RatedNotHelpful, notHelpful: 2));

        Assert.Equal((EscalationAction.Offer, EscalationRules.NotHelpful), (first.Action, first.Rule));
        Assert.Equal((EscalationAction.Escalate, EscalationRules.NotHelpful), (second.Action, second.Rule));
    }

    [Fact]
    public void Offers_a_person_when_the_mood_keeps_getting_worse()
    {
        var history = new[] { Past("Answer", sentiment: 0), Past("Answer", "b", sentiment: -0.4), Past("Answer", "c", sentiment: -0.6) };

        var decision = policy.Decide(Turn(Understood(Intents.OrderStatus, emotion: Emotions.Frustration, intensity: 0.6, sentiment: -0.7),
            history: history, text: "d"));

        Assert.Equal((EscalationAction.Offer, EscalationRules.WorseningMood), (decision.Action, decision.Rule));
    }

    [Fact]
    public void A_calm_answered_question_needs_no_person()
    {
        Assert.Equal(EscalationAction.None, policy.Decide(Turn(Understood(Intents.OrderStatus))).Action);
    }

    [Fact]
    public void Thresholds_come_from_configuration()
    {
        var strict = new EscalationPolicy(Options.Create(new HandoffOptions { HotEmotionIntensity = 0.3, ForceEmotionIntensity = 0.4 }));

        var decision = strict.Decide(Turn(Understood(Intents.OrderStatus, emotion: Emotions.Sadness, intensity: 0.45, sentiment: -0.4)));

        Assert.Equal(EscalationAction.Escalate, decision.Action);
    }
}
