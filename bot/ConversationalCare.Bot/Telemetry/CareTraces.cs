using System.Diagnostics;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// The source of the host's own spans: one per turn with a child per stage. With nobody listening (no OTLP endpoint)
/// starting a span returns null at once, so an untraced host pays nothing for it.
/// </summary>
public static class CareTraces
{
    public const string SourceName = "ConversationalCare";

    public static readonly ActivitySource Source = new(SourceName);
}
