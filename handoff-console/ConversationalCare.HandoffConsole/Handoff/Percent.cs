namespace ConversationalCare.HandoffConsole.Handoff;

/// <summary>"82%" in every culture: the invariant culture's "P0" writes "82 %", which wraps in narrow badges.</summary>
internal static class Percent
{
    public static string Of(double share) => $"{Math.Round(share * 100):0}%";
}
