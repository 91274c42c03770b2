using System.Collections.Concurrent;
using ConversationalCare.HandoffConsole.Training;
using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.HandoffConsole.Tests.Training;

/// <summary>Stands in for the bot's live models: tests say what they read and which version they run.</summary>
public sealed class FakeUnderstandingPreview : IUnderstandingPreview
{
    private readonly ConcurrentDictionary<TrainingKind, long> live = new();

    public UnderstandingReading Reading { get; set; } = new(
        "order_status", false, false, [new("order_status", 0.91), new("returns_refunds", 0.04), new("complaint", 0.02)],
        "anxiety", 0.55, -0.31, ["question"]);

    public List<(string Text, string Locale)> Asked { get; } = [];

    public void Runs(TrainingKind kind, long version) => live[kind] = version;

    public Task<UnderstandingReading> ReadAsync(string text, string locale, CancellationToken cancellationToken)
    {
        Asked.Add((text, locale));
        return Task.FromResult(Reading);
    }

    public long? LiveVersion(TrainingKind kind) => live.TryGetValue(kind, out var version) ? version : null;
}
