using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Applies the retention period at start and then hourly. Every host runs it; the per-conversation claim in
/// <see cref="TranscriptAnonymiser"/> makes sure each conversation is rewritten once.
/// </summary>
public sealed class RetentionSweeper(RetentionSettings settings, TranscriptAnonymiser anonymiser, TimeProvider clock,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    public const string Actor = "system";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception error)
            {
                // The next hour tries again; nothing is half done because each conversation commits on its own.
                logger.LogError(error, "Applying the retention period failed");
            }
            try { await Task.Delay(Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One sweep with the current setting; nothing when transcripts are kept forever.</summary>
    public async Task<AnonymisationCounts> SweepAsync(CancellationToken cancellationToken, string actor = Actor) =>
        (await settings.GetAsync(cancellationToken)).Days is { } days
            ? await anonymiser.RunAsync(days, actor, cancellationToken)
            : AnonymisationCounts.None;
}
