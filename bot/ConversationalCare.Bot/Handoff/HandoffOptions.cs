using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// Escalation thresholds and queue settings, bound from <c>ConversationalCare:Handoff</c>. The SLA targets, hours and
/// ticket promise here only seed the default teams of a fresh database; afterwards each team's own (administered in
/// the console and <c>/api/admin/teams/{name}/hours</c>) apply.
/// </summary>
public sealed class HandoffOptions
{
    public const string Section = "ConversationalCare:Handoff";

    /// <summary>Negative emotion at least this intense makes the bot offer a person.</summary>
    [Range(0.0, 1.0)] public double HotEmotionIntensity { get; set; } = 0.75;
    /// <summary>So intense that the bot hands over without asking first.</summary>
    [Range(0.0, 1.0)] public double ForceEmotionIntensity { get; set; } = 0.9;
    /// <summary>VIP customers reach each emotion threshold this much sooner.</summary>
    [Range(0.0, 1.0)] public double VipIntensityDiscount { get; set; } = 0.15;
    [Range(0.0, 1.0)] public double ComplaintConfidence { get; set; } = 0.5;
    /// <summary>Worsening mood: the trajectory fell by this much over <see cref="WorseningTurns"/> and sits below <see cref="WorseningFloor"/>.</summary>
    [Range(0.0, 2.0)] public double WorseningDrop { get; set; } = 0.25;
    [Range(1, 20)] public int WorseningTurns { get; set; } = 3;
    [Range(-1.0, 1.0)] public double WorseningFloor { get; set; } = -0.35;
    /// <summary>Character-bigram overlap (0–1) above which a message counts as the same question asked again.</summary>
    [Range(0.0, 1.0)] public double RepeatSimilarity { get; set; } = 0.75;
    [Range(1, 10)] public int NotHelpfulLimit { get; set; } = 2;

    /// <summary>Seeded teams' first-response targets by priority (P1, P2, P3), in seconds.</summary>
    [Range(1, 86_400)] public int FirstResponseSecondsP1 { get; set; } = 60;
    [Range(1, 86_400)] public int FirstResponseSecondsP2 { get; set; } = 180;
    [Range(1, 86_400)] public int FirstResponseSecondsP3 { get; set; } = 300;
    /// <summary>Share of the target after which a waiting conversation is "at risk" and supervisors are warned.</summary>
    [Range(0.1, 0.99)] public double SlaWarningShare { get; set; } = 0.75;

    /// <summary>Typical minutes an agent needs per conversation, for the wait estimate the customer sees.</summary>
    [Range(1, 240)] public int EstimatedMinutesPerConversation { get; set; } = 4;
    /// <summary>How often waiting customers' queue positions are re-checked (seconds).</summary>
    [Range(1, 3600)] public int QueueUpdateSeconds { get; set; } = 10;

    /// <summary>Seeded teams' IANA time zone.</summary>
    [Required] public string TimeZone { get; set; } = "UTC";
    /// <summary>Seeded teams' opening hours per day as "HH:mm-HH:mm"; empty means open around the clock.</summary>
    public string? OpeningHours { get; set; }
    /// <summary>Seeded teams' days open, e.g. "Mon,Tue,Wed,Thu,Fri"; empty means every day.</summary>
    public string? OpenDays { get; set; }
    /// <summary>Seeded teams' promise: how soon a left message is answered.</summary>
    [Range(1, 720)] public int TicketReplyHours { get; set; } = 24;
}
