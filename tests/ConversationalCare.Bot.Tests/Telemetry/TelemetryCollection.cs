namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>
/// Metrics tests run alone: OpenTelemetry listens to meters by name, so hosts running at the same time in this process
/// would add their figures (their queue, their agents) to the one being scraped.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
