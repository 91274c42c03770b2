using System.Threading.Channels;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Events;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// Appends activities to transcripts. Every caller gets its answer only after the row is committed, but appends
/// that arrive together share one transaction (group commit): SQLite allows one writer, so batching is what turns
/// a single disk sync into hundreds of turns per second.
/// </summary>
public sealed class TranscriptWriter(
    IDbContextFactory<CareDb> dbFactory,
    ConversationFeed feed,
    TimeProvider clock,
    ILogger<TranscriptWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;
    private const int MaxConcurrencyRetries = 5;
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = true });

    /// <summary>Stores the activity, assigning its id, timestamp and watermark; returns it as stored.</summary>
    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var pending = new PendingAppend(conversationId, activity, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
            pending.Completion.TrySetException(new InvalidOperationException("The transcript writer has stopped."));
        return pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingAppend>(MaxBatch);
        // Drain what is queued even while stopping, so no accepted activity is dropped on shutdown.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                if (!next.CancellationToken.IsCancellationRequested) batch.Add(next);
                else next.Completion.TrySetCanceled(next.CancellationToken);
            if (batch.Count > 0) await CommitAsync(batch);
            if (stoppingToken.IsCancellationRequested && !_queue.Reader.TryPeek(out _)) break;
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = await WriteBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (stored[i] is var (activity, sequence))
                    {
                        feed.Publish(batch[i].ConversationId, activity, sequence);
                        batch[i].Completion.TrySetResult(activity);
                    }
                    else batch[i].Completion.TrySetException(new UnknownConversationException(batch[i].ConversationId));
                }
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrencyRetries)
            {
                // Another instance appended to the same conversation between our read and write: re-read and retry.
                logger.LogDebug("Transcript append raced another writer; retrying (attempt {Attempt})", attempt);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Could not store {Count} activities", batch.Count);
                foreach (var pending in batch) pending.Completion.TrySetException(error);
                return;
            }
        }
    }

    private async Task<(Activity, long)?[]> WriteBatchAsync(List<PendingAppend> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ids = batch.Select(p => p.ConversationId).Distinct().ToList();
        var conversations = await db.Conversations.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var now = clock.GetUtcNow();
        var stored = new (Activity, long)?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (!conversations.TryGetValue(batch[i].ConversationId, out var conversation)) continue;
            var (sequence, timestamp) = conversation.NextPosition(now);
            // The conversation speaks the language of its latest reply; recording it here costs no extra write.
            if (batch[i].Activity.From?.Role == RoleTypes.Bot && batch[i].Activity.Locale is { } spoken)
                conversation.SwitchLocale(Locales.Normalize(spoken));
            var activity = batch[i].Activity.Clone();
            activity.Id = $"{conversation.Id}|{sequence:D7}";
            activity.Timestamp = timestamp;
            activity.Conversation ??= new ConversationAccount();
            activity.Conversation.Id = conversation.ExternalId ?? conversation.Id;
            db.Activities.Add(new StoredActivity(conversation.Id, sequence, activity.Id, activity.Type ?? "",
                activity.From?.Role, activity.Text, ActivityJson.Serialize(activity), timestamp));
            stored[i] = (activity, sequence);
        }
        await db.SaveChangesAsync();
        return stored;
    }

    private sealed record PendingAppend(string ConversationId, Activity Activity, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<Activity> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

public sealed class UnknownConversationException(string conversationId)
    : InvalidOperationException($"Conversation '{conversationId}' does not exist.");
