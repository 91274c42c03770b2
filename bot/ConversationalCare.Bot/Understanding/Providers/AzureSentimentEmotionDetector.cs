using System.Diagnostics;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Emotion with Azure AI Language's sentiment: the local detector names the emotion, Azure says how pleasant the
/// message is (see <see cref="AzureEmotionBlend"/>). Whatever goes wrong with Azure, the turn gets the local reading
/// and the log says why. Synchronous callers (the evaluation command) measure the local detector alone.
/// </summary>
public sealed partial class AzureSentimentEmotionDetector(
    LocalEmotionDetector local,
    AzureSentimentClient azure,
    Telemetry.CareMetrics metrics,
    ILogger<AzureSentimentEmotionDetector> logger) : IEmotionDetector
{
    public EmotionReading Detect(string text, string locale) => local.Detect(text, locale);

    public async ValueTask<EmotionReading> DetectAsync(string text, string locale, CancellationToken cancellationToken)
    {
        var reading = local.Detect(text, locale);
        if (string.IsNullOrWhiteSpace(text)) return reading;
        var started = Stopwatch.GetTimestamp();
        string reason;
        try
        {
            var answer = await azure.AnalyzeAsync(text, locale, cancellationToken);
            if (answer.Value is { } sentiment)
            {
                metrics.ProviderCalled(ProviderName, Stopwatch.GetElapsedTime(started), failed: false);
                return AzureEmotionBlend.Combine(reading, sentiment);
            }
            reason = answer.Failure!;
        }
        // Any failure, even a bug in reading the answer, costs only the cloud's opinion; a cancelled turn stays cancelled.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            reason = ProviderFailures.Reason(exception);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.ProviderCalled(ProviderName, elapsed, failed: true);
        LogFallback(logger, reason, elapsed.TotalMilliseconds);
        return reading;
    }

    /// <summary>The provider label on the provider metrics.</summary>
    public const string ProviderName = "azure-language";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language sentiment unavailable, using the local reading: {Reason} (after {Milliseconds:0} ms)")]
    private static partial void LogFallback(ILogger logger, string reason, double milliseconds);
}
