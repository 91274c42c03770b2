using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Intent from a chat model, joined with the local ranking (see <see cref="IntentBlend"/>). An explicit request for a
/// person is settled by the local rule without asking. Whatever goes wrong with the model, the turn gets the local
/// prediction and the log says why. Synchronous callers (the evaluation command) measure the local classifier alone.
/// </summary>
public sealed partial class ChatModelIntentClassifier(
    LocalIntentClassifier local,
    ChatModelClient model,
    IOptionsMonitor<UnderstandingOptions> options,
    Telemetry.CareMetrics metrics,
    ILogger<ChatModelIntentClassifier> logger) : IIntentClassifier
{
    public IntentPrediction Classify(string text, string locale) => local.Classify(text, locale);

    public async ValueTask<IntentPrediction> ClassifyAsync(string text, string locale, CancellationToken cancellationToken)
    {
        var prediction = local.Classify(text, locale);
        if (string.IsNullOrWhiteSpace(text) || prediction.MatchedRule) return prediction;
        var started = Stopwatch.GetTimestamp();
        string reason;
        try
        {
            var answer = await model.ClassifyAsync(text, locale, cancellationToken);
            if (answer.Value is { } reply)
            {
                metrics.ProviderCalled(ProviderName, Stopwatch.GetElapsedTime(started), failed: false);
                return IntentBlend.Combine(prediction, reply, options.CurrentValue.OutOfScopeThreshold);
            }
            reason = answer.Failure!;
        }
        // Any failure, even a bug in reading the answer, costs only the model's opinion; a cancelled turn stays cancelled.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            reason = ProviderFailures.Reason(exception);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.ProviderCalled(ProviderName, elapsed, failed: true);
        LogFallback(logger, reason, elapsed.TotalMilliseconds);
        return prediction;
    }

    /// <summary>The provider label on the provider metrics.</summary>
    public const string ProviderName = "chat-model";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat model intent unavailable, using the local classifier: {Reason} (after {Milliseconds:0} ms)")]
    private static partial void LogFallback(ILogger logger, string reason, double milliseconds);
}
