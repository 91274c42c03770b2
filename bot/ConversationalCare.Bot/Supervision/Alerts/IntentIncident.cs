using System.Text.Json;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>
/// One intent's hourly volume running well above its recent baseline (a login outage after a release, a surge of
/// delivery complaints): open while it lasts, updated each scan, closed when the volume is back to normal.
/// </summary>
public sealed class IntentIncident
{
    private IntentIncident() { }

    public IntentIncident(string intent, SpikeAssessment assessment, IReadOnlyList<string> samples, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Intent = intent;
        StartedAt = now;
        Update(assessment, samples, now);
    }

    public Guid Id { get; private set; }
    public string Intent { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Customer messages with this intent in the last hour, at the latest scan.</summary>
    public int Count { get; private set; }
    public int PeakCount { get; private set; }
    public double BaselineMean { get; private set; }
    public double BaselineDeviation { get; private set; }
    /// <summary>Up to five recent messages, masked, as a JSON array (one column keeps SQLite and PostgreSQL alike).</summary>
    public string SamplesJson { get; private set; } = "[]";

    public bool IsActive => ClosedAt is null;

    public IReadOnlyList<string> Samples => JsonSerializer.Deserialize<List<string>>(SamplesJson) ?? [];

    public void Update(SpikeAssessment assessment, IReadOnlyList<string> samples, DateTimeOffset now)
    {
        Count = assessment.Count;
        PeakCount = Math.Max(PeakCount, assessment.Count);
        BaselineMean = assessment.Mean;
        BaselineDeviation = assessment.Deviation;
        if (samples.Count > 0) SamplesJson = JsonSerializer.Serialize(samples.Take(IntentSpikeMonitor.SampleCount));
        UpdatedAt = now;
    }

    public bool Close(DateTimeOffset now)
    {
        if (!IsActive) return false;
        ClosedAt = now;
        UpdatedAt = now;
        return true;
    }
}
