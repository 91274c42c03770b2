using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff;

/// <summary>Where a handoff's first response stands against its target, at a given moment.</summary>
public static class SlaClock
{
    public static SlaState StateOf(HandoffCase handoff, DateTimeOffset now, HandoffOptions options)
    {
        if (handoff.FirstAgentReplyAt is { } replied) return replied <= handoff.FirstResponseDueAt ? SlaState.Met : SlaState.Breached;
        if (!handoff.SilencesBot) return handoff.SlaBreachedAt is null ? SlaState.OnTrack : SlaState.Breached;
        if (now >= handoff.FirstResponseDueAt) return SlaState.Breached;
        return now >= WarningAt(handoff, options) ? SlaState.AtRisk : SlaState.OnTrack;
    }

    public static DateTimeOffset WarningAt(HandoffCase handoff, HandoffOptions options) =>
        handoff.RequestedAt + (handoff.FirstResponseDueAt - handoff.RequestedAt) * options.SlaWarningShare;
}
