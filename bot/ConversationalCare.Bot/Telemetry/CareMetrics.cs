using System.Diagnostics.Metrics;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// The host's own instruments, on one meter an operator can scrape (see <see cref="TelemetryRegistration"/>).
/// Recording is a few hundred nanoseconds and allocates nothing, so it sits on every turn.
/// </summary>
public sealed class CareMetrics
{
    public const string MeterName = "ConversationalCare";

    // Seconds, from a quick local turn to a slow cloud model; the SDK's default buckets are for milliseconds.
    private static readonly double[] SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly int[] BatchBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256];

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _stageDuration;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _slaWarnings;
    private readonly Counter<long> _slaBreaches;
    private readonly Histogram<double> _providerDuration;
    private readonly Counter<long> _providerFailures;
    private readonly Histogram<int> _commitSize;
    private readonly Histogram<double> _commitDuration;

    public CareMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _turns = Meter.CreateCounter<long>("conversationalcare.turns", "{turn}", "Turns finished, by outcome and channel.");
        _turnDuration = Seconds("conversationalcare.turn.duration", "A turn from arrival to its last reply, by outcome.");
        _stageDuration = Seconds("conversationalcare.turn.stage.duration", "Time a turn spent in each stage, by stage and outcome.");
        _messages = Meter.CreateCounter<long>("conversationalcare.messages", "{message}", "Messages in from customers and out to them, by channel.");
        _slaWarnings = Meter.CreateCounter<long>("conversationalcare.handoff.sla.warnings", "{handoff}", "First responses that became at risk, by team.");
        _slaBreaches = Meter.CreateCounter<long>("conversationalcare.handoff.sla.breaches", "{handoff}", "First responses that missed their target, by team.");
        _providerDuration = Seconds("conversationalcare.provider.duration", "Calls to a cloud model or language service, by provider and outcome.");
        _providerFailures = Meter.CreateCounter<long>("conversationalcare.provider.failures", "{call}", "Calls to a cloud provider that gave no usable answer.");
        _commitSize = Meter.CreateHistogram<int>("conversationalcare.transcript.commit.size", "{write}",
            "Writes the transcript writer committed in one transaction.", advice: new() { HistogramBucketBoundaries = BatchBuckets });
        _commitDuration = Seconds("conversationalcare.transcript.commit.duration", "One transcript group commit, by outcome.");
    }

    /// <summary>The meter observable gauges register on, so every figure comes from one place.</summary>
    public Meter Meter { get; }

    public void TurnFinished(string outcome, string channel, TimeSpan duration, ReadOnlySpan<TimeSpan> stages)
    {
        var byOutcome = new KeyValuePair<string, object?>("outcome", outcome);
        _turns.Add(1, byOutcome, new("channel", channel));
        _turnDuration.Record(duration.TotalSeconds, byOutcome);
        for (var stage = 0; stage < stages.Length; stage++)
            if (stages[stage] > TimeSpan.Zero)
                _stageDuration.Record(stages[stage].TotalSeconds, new("stage", TurnStages.Names[stage]), byOutcome);
    }

    public void Message(string channel, string direction) =>
        _messages.Add(1, new KeyValuePair<string, object?>("channel", channel), new("direction", direction));

    public void SlaWarned(string team) => _slaWarnings.Add(1, new KeyValuePair<string, object?>("team", team));

    public void SlaBreached(string team) => _slaBreaches.Add(1, new KeyValuePair<string, object?>("team", team));

    public void ProviderCalled(string provider, TimeSpan duration, bool failed)
    {
        var byProvider = new KeyValuePair<string, object?>("provider", provider);
        _providerDuration.Record(duration.TotalSeconds, byProvider, new("outcome", failed ? "failed" : "answered"));
        if (failed) _providerFailures.Add(1, byProvider);
    }

    public void TranscriptCommitted(int writes, TimeSpan duration, bool failed)
    {
        _commitSize.Record(writes);
        _commitDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", failed ? "failed" : "committed"));
    }

    private Histogram<double> Seconds(string name, string description) =>
        Meter.CreateHistogram<double>(name, "s", description, advice: new() { HistogramBucketBoundaries = SecondsBuckets });
}
