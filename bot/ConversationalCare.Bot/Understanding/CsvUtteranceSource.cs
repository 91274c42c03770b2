using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding;

/// <summary>The training data the product ships: Training/intents.csv and Training/emotions.csv beside the binaries.</summary>
public sealed class CsvUtteranceSource(IOptions<UnderstandingOptions> options) : IUtteranceSource
{
    private string Directory => options.Value.TrainingDataDirectory is { Length: > 0 } configured
        ? configured
        : Path.Combine(AppContext.BaseDirectory, "Understanding", "Training");

    public Task<IReadOnlyList<Utterance>> IntentUtterancesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(UtteranceCsv.Read(Path.Combine(Directory, "intents.csv"), "intent"));

    public Task<IReadOnlyList<Utterance>> EmotionExamplesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(UtteranceCsv.Read(Path.Combine(Directory, "emotions.csv"), "emotion"));
}
