using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Trains the intent and emotion models in the background as the host starts, so the host is up at once and the
/// first customer rarely waits; a message that does arrive first waits for the training already under way.
/// </summary>
public sealed class UnderstandingTraining(
    LocalIntentClassifier intents,
    LocalEmotionDetector emotions,
    IOptions<UnderstandingOptions> options,
    ILogger<UnderstandingTraining> logger) : IHostedService
{
    public bool IsReady => intents.IsReady && emotions.IsReady;

    /// <summary>Completes when both models are trained, starting the training if the host has not.</summary>
    public Task WhenReadyAsync() => Task.WhenAll(intents.Model.EnsureTrainingAsync(), emotions.Model.EnsureTrainingAsync());

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.TrainAtStartup) return Task.CompletedTask;
        var started = Stopwatch.GetTimestamp();
        _ = WhenReadyAsync().ContinueWith(training =>
        {
            if (training.IsFaulted)
                logger.LogError(training.Exception, "Training the understanding models failed; the first message will try again");
            else
                logger.LogInformation("Understanding ready in {Seconds:0.00} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
        }, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
