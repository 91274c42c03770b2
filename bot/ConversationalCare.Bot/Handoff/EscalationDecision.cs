namespace ConversationalCare.Bot.Handoff;

public enum EscalationAction { None, Offer, Escalate }

/// <summary>
/// What the escalation policy concluded for a turn, and which named rule said so. <see cref="Priority"/> is the
/// rule's own (VIPs one higher); <see cref="Topic"/> is the intent the conversation was about, which routing reads
/// (see Routing/HandoffRouter) to pick the team.
/// </summary>
public sealed record EscalationDecision(EscalationAction Action, string Rule, string Reason, int Priority, string? Topic)
{
    public static readonly EscalationDecision None = new(EscalationAction.None, "", "", 0, null);
}

/// <summary>The names rules are stored and reported under.</summary>
public static class EscalationRules
{
    public const string CustomerAsked = "customer-asked";
    public const string Complaint = "complaint";
    public const string HotEmotion = "hot-emotion";
    public const string WorseningMood = "worsening-mood";
    public const string RepeatedFailure = "repeated-failure";
    public const string RepeatedQuestion = "repeated-question";
    public const string NotHelpful = "not-helpful";
    public const string BotError = "bot-error";

    public static IReadOnlyList<string> All { get; } =
        [CustomerAsked, Complaint, HotEmotion, WorseningMood, RepeatedFailure, RepeatedQuestion, NotHelpful, BotError];
}
