using System.Diagnostics;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Holds the current model of one kind (intent or emotion): trains it once from its source, on first use or when
/// the host starts, and swaps in a retrained one atomically so turns in flight keep the model they started with.
/// </summary>
public sealed class RetrainableTextModel(
    string name,
    Func<CancellationToken, Task<IReadOnlyList<Utterance>>> loadExamples,
    Func<IEnumerable<Utterance>, TrainedTextModel> train,
    ILogger logger)
{
    private readonly Lock _retraining = new();
    private readonly Lock _starting = new();
    private Task<TrainedTextModel>? _firstTraining;
    private TrainedTextModel? _current;

    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>How long the latest training took, for logs and health pages.</summary>
    public TimeSpan LastTrainingTime { get; private set; }

    /// <summary>
    /// Starts the first training in the background if nobody has yet; safe to call from many threads. Not
    /// cancellable: a host stopping mid-start must not leave a cancelled training behind for the next caller.
    /// A failed training (say, a missing file) is tried again by the next caller rather than cached.
    /// </summary>
    public Task<TrainedTextModel> EnsureTrainingAsync()
    {
        lock (_starting)
        {
            if (_firstTraining is null || _firstTraining.IsFaulted)
                _firstTraining = Task.Run(async () => Install(Train(await loadExamples(CancellationToken.None))));
            return _firstTraining;
        }
    }

    /// <summary>The model to use now; a turn that arrives before the first training finishes waits for it.</summary>
    public TrainedTextModel Current =>
        Volatile.Read(ref _current) ?? EnsureTrainingAsync().GetAwaiter().GetResult();

    /// <summary>Trains on the given examples and swaps the result in; the old model keeps serving until then.</summary>
    public void Retrain(IEnumerable<Utterance> examples)
    {
        lock (_retraining)
        {
            var model = Train(examples);
            Volatile.Write(ref _current, model);
        }
    }

    private TrainedTextModel Install(TrainedTextModel trained)
    {
        // A retrain published while the first training ran is newer: keep it.
        return Interlocked.CompareExchange(ref _current, trained, null) ?? trained;
    }

    private TrainedTextModel Train(IEnumerable<Utterance> examples)
    {
        var list = examples as IReadOnlyCollection<Utterance> ?? examples.ToList();
        var started = Stopwatch.GetTimestamp();
        var model = train(list);
        LastTrainingTime = Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Trained the {Model} model on {Examples} examples in {Seconds:0.00} s",
            name, list.Count, LastTrainingTime.TotalSeconds);
        return model;
    }
}
