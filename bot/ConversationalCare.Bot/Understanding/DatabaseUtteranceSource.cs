using System.Collections.Concurrent;
using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// The phrases content owners publish in the console, from the knowledge database. On first use it seeds each
/// model's empty table from the shipped CSVs, so a new installation starts with the team's training data. Remembers
/// which training version each model was trained from, so the watch can tell when one is behind.
/// </summary>
public sealed class DatabaseUtteranceSource(TrainingCuration curation, CsvUtteranceSource shipped) : IUtteranceSource
{
    private readonly ConcurrentDictionary<TrainingKind, long> _loaded = new();
    private readonly Lock _seeding = new();
    private Task? _seeded;

    public Task<IReadOnlyList<Utterance>> IntentUtterancesAsync(CancellationToken cancellationToken) =>
        LoadAsync(TrainingKind.Intent, cancellationToken);

    public Task<IReadOnlyList<Utterance>> EmotionExamplesAsync(CancellationToken cancellationToken) =>
        LoadAsync(TrainingKind.Emotion, cancellationToken);

    /// <summary>The training version the model of this kind was last trained from; null before its first load.</summary>
    public long? TrainedVersion(TrainingKind kind) => _loaded.TryGetValue(kind, out var version) ? version : null;

    /// <summary>Records a retrain's version once its model is swapped in, so a failed retrain is tried again.</summary>
    public void MarkTrained(TrainingKind kind, long version) =>
        _loaded.AddOrUpdate(kind, version, (_, previous) => Math.Max(previous, version));

    /// <summary>The published phrases of one model and the version they amount to.</summary>
    public async Task<(long Version, IReadOnlyList<Utterance> Utterances)> ReadAsync(TrainingKind kind, CancellationToken cancellationToken)
    {
        await SeedOnceAsync();
        var published = await curation.PublishedAsync(kind, cancellationToken);
        return (published.Version, published.Phrases.Select(phrase => new Utterance(phrase.Text, phrase.Label, phrase.Locale)).ToList());
    }

    // The first training of each model comes through here; it installs what it read, so its version counts as trained.
    private async Task<IReadOnlyList<Utterance>> LoadAsync(TrainingKind kind, CancellationToken cancellationToken)
    {
        var (version, utterances) = await ReadAsync(kind, cancellationToken);
        MarkTrained(kind, version);
        return utterances;
    }

    /// <summary>Both models seed together once per process; a failed seed is tried again by the next load.</summary>
    private Task SeedOnceAsync()
    {
        lock (_seeding)
        {
            if (_seeded is null || _seeded.IsFaulted || _seeded.IsCanceled) _seeded = SeedAsync();
            return _seeded;
        }
    }

    private async Task SeedAsync()
    {
        await curation.SeedIfEmptyAsync(TrainingKind.Intent, Seed(await shipped.IntentUtterancesAsync(CancellationToken.None)), CancellationToken.None);
        await curation.SeedIfEmptyAsync(TrainingKind.Emotion, Seed(await shipped.EmotionExamplesAsync(CancellationToken.None)), CancellationToken.None);
    }

    private static IEnumerable<SeedPhrase> Seed(IEnumerable<Utterance> utterances) =>
        utterances.Select(utterance => new SeedPhrase(utterance.Text, utterance.Label, utterance.Locale));
}
