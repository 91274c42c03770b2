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
    Telemetry.CareMetrics metrics,
    ILogger<TranscriptWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;
    private const int MaxConcurrencyRetries = 5;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });

    /// <summary>Stores the activity, assigning its id, timestamp and watermark; returns it as stored.</summary>
    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync(new PendingWrite(conversationId, activity, null, cancellationToken)))!;

    /// <summary>
    /// Records what the bot understood of a stored message. It goes through the same single writer as appends
    /// (SQLite has one write lock), and lands in the same commit as the reply or before it.
    /// </summary>
    public Task AnnotateAsync(string conversationId, string activityId, MessageAnnotation annotation, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new PendingWrite(conversationId, null, (activityId, row => row.Annotate(annotation)), cancellationToken));

    /// <summary>Records what the bot decided about a stored customer message, through the same single writer.</summary>
    public Task RecordOutcomeAsync(string conversationId, string activityId, TurnOutcome outcome, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new PendingWrite(conversationId, null, (activityId, row => row.RecordOutcome(outcome)), cancellationToken));

    private Task<Activity?> EnqueueAsync(PendingWrite pending)
    {
        if (!_queue.Writer.TryWrite(pending))
            pending.Completion.TrySetException(new InvalidOperationException("The transcript writer has stopped."));
        return pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(MaxBatch);
        // Drain what is queued even while stopping, so no accepted activity is dropped on shutdown.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                if (!next.CancellationToken.IsCancellationRequested) batch.Add(next);
                else next.Completion.TrySetCanceled(next.CancellationToken);
            if (batch.Count > 0)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var committed = await CommitAsync(batch);
                metrics.TranscriptCommitted(batch.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started), !committed);
            }
            if (stoppingToken.IsCancellationRequested && !_queue.Reader.TryPeek(out _)) break;
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task<bool> CommitAsync(List<PendingWrite> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = await WriteBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Annotation is not null) batch[i].Completion.TrySetResult(null);
                    else if (stored[i] is var (activity, sequence))
                    {
                        feed.Publish(batch[i].ConversationId, activity, sequence);
                        batch[i].Completion.TrySetResult(activity);
                    }
                    else batch[i].Completion.TrySetException(new UnknownConversationException(batch[i].ConversationId));
                }
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrencyRetries)
            {
                // Another host appended to the same conversation between our read and write: re-read and retry.
                logger.LogDebug("Transcript append raced another writer; retrying (attempt {Attempt})", attempt);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Could not store {Count} activities", batch.Count);
                foreach (var pending in batch) pending.Completion.TrySetException(error);
                return false;
            }
        }
    }

    private async Task<(Activity, long)?[]> WriteBatchAsync(List<PendingWrite> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var ids = batch.Select(p => p.ConversationId).Distinct().ToList();
        var conversations = await db.Conversations.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var now = clock.GetUtcNow();
        var stored = new (Activity, long)?[batch.Count];
        var rows = new List<StoredActivity>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Activity is null) continue;
            if (!conversations.TryGetValue(batch[i].ConversationId, out var conversation)) continue;
            var (sequence, timestamp) = conversation.NextPosition(now);
            var activity = batch[i].Activity!.Clone();
            // The conversation speaks the language of its latest reply; recording it here costs no extra write.
            if (activity.From?.Role == RoleTypes.Bot && activity.Locale is { } spoken)
                conversation.SwitchLocale(Locales.Normalize(spoken));
            activity.Id = $"{conversation.Id}|{sequence:D7}";
            activity.Timestamp = timestamp;
            activity.Conversation ??= new ConversationAccount();
            activity.Conversation.Id = conversation.ExternalId ?? conversation.Id;
            rows.Add(new StoredActivity(conversation.Id, sequence, activity.Id, activity.Type ?? "",
                Handoff.AgentIdentity.StoredRole(activity.From), activity.Text, ActivityJson.Serialize(activity), timestamp));
            stored[i] = (activity, sequence);
        }
        // Positions first, in the same transaction: the conversation row's concurrency token settles a race with another
        // host (a concurrency exception, retried) before any activity row could collide with theirs on its watermark.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        db.Activities.AddRange(rows);
        await AnnotateStoredAsync(db, batch);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return stored;
    }

    private static async Task AnnotateStoredAsync(CareDb db, List<PendingWrite> batch)
    {
        var annotations = batch.Where(p => p.Annotation is not null).ToList();
        if (annotations.Count == 0) return;
        var conversationIds = annotations.Select(p => p.ConversationId).Distinct().ToList();
        var activityIds = annotations.Select(p => p.Annotation!.Value.ActivityId).ToList();
        var rows = await db.Activities
            .Where(a => conversationIds.Contains(a.ConversationId) && activityIds.Contains(a.ActivityId))
            .ToDictionaryAsync(a => (a.ConversationId, a.ActivityId));
        foreach (var pending in annotations)
            if (rows.TryGetValue((pending.ConversationId, pending.Annotation!.Value.ActivityId), out var row))
                pending.Annotation.Value.Apply(row);
    }

    /// <summary>An activity to append, or an annotation of one already stored.</summary>
    private sealed record PendingWrite(string ConversationId, Activity? Activity,
        (string ActivityId, Func<StoredActivity, bool> Apply)? Annotation, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<Activity?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

public sealed class UnknownConversationException(string conversationId)
    : InvalidOperationException($"Conversation '{conversationId}' does not exist.");
