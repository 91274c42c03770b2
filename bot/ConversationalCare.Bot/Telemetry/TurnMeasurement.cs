using System.Diagnostics;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// What one turn spent in each stage and how it ended, gathered while it runs and recorded once at its end (see
/// <see cref="TurnTelemetryMiddleware"/>), so every stage is labelled with the outcome it led to.
/// </summary>
public sealed class TurnMeasurement
{
    private readonly long[] _stageTicks = new long[TurnStages.Names.Length];

    public string? Outcome { get; set; }

    /// <summary>Times a stage until disposed, and traces it as a span of the turn when someone listens.</summary>
    public StageTimer Stage(TurnStage stage) =>
        new(this, stage, CareTraces.Source.StartActivity(TurnStages.Names[(int)stage]), Stopwatch.GetTimestamp());

    internal void Fill(Span<TimeSpan> stages)
    {
        for (var i = 0; i < stages.Length; i++) stages[i] = TimeSpan.FromTicks((long)(_stageTicks[i] * TicksPerTimestamp));
    }

    private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

    // A stage may run more than once in a turn (two replies sent): its times add up.
    private void Add(TurnStage stage, long elapsed) => Interlocked.Add(ref _stageTicks[(int)stage], elapsed);

    public readonly struct StageTimer(TurnMeasurement turn, TurnStage stage, Activity? span, long started) : IDisposable
    {
        public void Dispose()
        {
            turn.Add(stage, Stopwatch.GetTimestamp() - started);
            span?.Dispose();
        }
    }
}
