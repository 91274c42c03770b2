using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Training;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Retrains a model when content owners publish its phrases: at once for publishes through this process, within
/// the knowledge refresh interval for publishes through another instance on the same database. Training takes a
/// second or two in the background; the old model answers meanwhile.
/// </summary>
public sealed class PublishedTrainingWatch(
    DatabaseUtteranceSource source, TrainingCuration curation, TrainingSignal signal, LocalIntentClassifier intents,
    LocalEmotionDetector emotions, IOptions<KnowledgeOptions> knowledge, TimeProvider clock, ILogger<PublishedTrainingWatch> logger)
    : BackgroundService
{
    // A version whose phrases could not be trained on is not retried every poll; the next publish gets a new one.
    private readonly Dictionary<TrainingKind, long> _failed = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = knowledge.Value.RefreshSeconds > 0 ? TimeSpan.FromSeconds(knowledge.Value.RefreshSeconds) : Timeout.InfiniteTimeSpan;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Taken before checking, so a publish during the check wakes the next round instead of being missed.
                var published = signal.NextAsync(stoppingToken);
                await RetrainIfBehindAsync(stoppingToken);
                await Task.WhenAny(published, Task.Delay(poll, clock, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RetrainIfBehindAsync(CancellationToken cancellationToken)
    {
        foreach (var kind in Enum.GetValues<TrainingKind>())
        {
            try
            {
                // A model not trained yet will read the newest phrases when it is.
                if (source.TrainedVersion(kind) is not { } trained) continue;
                var newest = await curation.VersionAsync(kind, cancellationToken);
                if (newest == trained || _failed.GetValueOrDefault(kind) == newest) continue;
                var (version, utterances) = await source.ReadAsync(kind, cancellationToken);
                _failed[kind] = version;
                ModelOf(kind).Retrain(utterances);
                _failed.Remove(kind);
                source.MarkTrained(kind, version);
                logger.LogInformation("The {Kind} model now runs training version {Version}", kind, version);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy database or unusable phrases must not end the watch or the old model; the next round tries again.
                logger.LogError(ex, "Could not retrain the {Kind} model from the published phrases; it keeps its previous training", kind);
            }
        }
    }

    private RetrainableTextModel ModelOf(TrainingKind kind) => kind == TrainingKind.Intent ? intents.Model : emotions.Model;
}
