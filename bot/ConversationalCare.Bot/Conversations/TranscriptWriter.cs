using System.Threading.Channels;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Events;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// Appends activities to transcripts. Every caller gets its answer only after the row is committed, but appends
/// that arrive together share one transaction (group commit): SQLite allows one writer, so batching is what turns
/// a single disk sync into hundreds of turns per second. A batch is one statement batch and a commit: the writer
/// remembers each conversation's watermark instead of reading it back, and updates understanding and outcome
/// columns by key instead of loading the row, because on a database server every read is a round trip that the
/// whole batch waits for.
/// </summary>
public sealed class TranscriptWriter(
    IDbContextFactory<CareDb> dbFactory,
    ConversationFeed feed,
    TimeProvider clock,
    Telemetry.CareMetrics metrics,
    ILogger<TranscriptWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;
    private const int MaxConflictRetries = 5;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly ConversationPositions _positions = new();

    /// <summary>Stores the activity, assigning its id, timestamp and watermark; returns it as stored.</summary>
    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync(new PendingWrite(conversationId, activity, null, cancellationToken)))!;

    /// <summary>
    /// Records what the bot understood of a stored message. It goes through the same single writer as appends
    /// (SQLite has one write lock), and lands in the same commit as the reply or before it.
    /// </summary>
    public Task AnnotateAsync(string conversationId, string activityId, MessageAnnotation annotation, CancellationToken cancellationToken = default) =>
        UpdateStoredAsync(conversationId, activityId, new ColumnUpdate(row => row.Annotate(annotation), StoredActivity.AnnotationColumns), cancellationToken);

    /// <summary>Records what the bot decided about a stored customer message, through the same single writer.</summary>
    public Task RecordOutcomeAsync(string conversationId, string activityId, TurnOutcome outcome, CancellationToken cancellationToken = default) =>
        UpdateStoredAsync(conversationId, activityId, new ColumnUpdate(row => row.RecordOutcome(outcome), StoredActivity.OutcomeColumns), cancellationToken);

    private Task UpdateStoredAsync(string conversationId, string activityId, ColumnUpdate update, CancellationToken cancellationToken) =>
        StoredActivity.SequenceOf(conversationId, activityId) is { } sequence
            ? EnqueueAsync(new PendingWrite(conversationId, null, update with { Sequence = sequence }, cancellationToken))
            : Task.FromException(new ArgumentException($"'{activityId}' is not the id of an activity stored in conversation '{conversationId}'.", nameof(activityId)));

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
            var committed = false;
            try
            {
                var stored = await WriteBatchAsync(batch);
                committed = true;
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Update is not null) batch[i].Completion.TrySetResult(null);
                    else if (stored[i] is var (activity, sequence))
                    {
                        feed.Publish(batch[i].ConversationId, activity, sequence);
                        batch[i].Completion.TrySetResult(activity);
                    }
                    else batch[i].Completion.TrySetException(new UnknownConversationException(batch[i].ConversationId));
                }
                return true;
            }
            catch (DbUpdateException error) when (attempt < MaxConflictRetries && IsConflict(error))
            {
                // Another host appended to one of these conversations since this host last wrote to it (or a row
                // to update is gone): read the watermarks afresh and try again.
                logger.LogDebug("Transcript batch met another writer's change; retrying (attempt {Attempt})", attempt);
                ForgetRowsThatAreGone(batch, error);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Could not store {Count} activities", batch.Count);
                foreach (var pending in batch) pending.Completion.TrySetException(error);
                return false;
            }
            finally
            {
                // A failed batch may have advanced remembered watermarks that were never committed.
                if (!committed) _positions.Forget(batch.Select(p => p.ConversationId));
            }
        }
    }

    /// <summary>
    /// A stale watermark shows as a conversation row that no longer matches (a concurrency failure), or, when the
    /// database ran the insert first, as another host's activity already holding the watermark.
    /// </summary>
    private static bool IsConflict(DbUpdateException error) =>
        error is DbUpdateConcurrencyException || Leases.UniqueViolation.Is(error);

    /// <summary>An understanding or outcome for a message that was erased meanwhile is dropped, not retried forever.</summary>
    private static void ForgetRowsThatAreGone(List<PendingWrite> batch, DbUpdateException error)
    {
        if (error is not DbUpdateConcurrencyException) return;
        foreach (var entry in error.Entries)
            if (entry.Entity is StoredActivity gone)
                foreach (var pending in batch)
                    if (pending.Update?.Sequence == gone.Sequence && pending.ConversationId == gone.ConversationId)
                        pending.Completion.TrySetResult(null);
        batch.RemoveAll(p => p.Completion.Task.IsCompleted);
    }

    private async Task<(Activity, long)?[]> WriteBatchAsync(List<PendingWrite> batch)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var conversations = await _positions.AttachAsync(db, batch.Where(p => p.Activity is not null).Select(p => p.ConversationId));
        var now = clock.GetUtcNow();
        var stored = new (Activity, long)?[batch.Count];
        var updated = new Dictionary<(string, long), StoredActivity>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Update is { } update)
            {
                UpdateColumns(db, updated, batch[i].ConversationId, update);
                continue;
            }
            if (!conversations.TryGetValue(batch[i].ConversationId, out var conversation)) continue;
            var (sequence, timestamp) = conversation.NextPosition(now);
            var activity = batch[i].Activity!.Clone();
            // The conversation speaks the language of its latest reply; recording it here costs no extra write.
            // Always written, since the remembered row may not know of a change made through another path.
            if (activity.From?.Role == RoleTypes.Bot && activity.Locale is { } spoken)
            {
                conversation.SwitchLocale(Locales.Normalize(spoken));
                db.Entry(conversation).Property(c => c.Locale).IsModified = true;
            }
            activity.Id = StoredActivity.IdOf(conversation.Id, sequence);
            activity.Timestamp = timestamp;
            activity.Conversation ??= new ConversationAccount();
            activity.Conversation.Id = conversation.ExternalId ?? conversation.Id;
            db.Activities.Add(new StoredActivity(conversation.Id, sequence, activity.Id, activity.Type ?? "",
                Handoff.AgentIdentity.StoredRole(activity.From), activity.Text, ActivityJson.Serialize(activity), timestamp));
            stored[i] = (activity, sequence);
        }
        // One statement batch in one transaction: the conversation rows' watermarks (concurrency tokens) and the new
        // activities commit together or not at all.
        await db.SaveChangesAsync();
        return stored;
    }

    /// <summary>Sets the columns on a key-only row; several updates of one message in a batch share the row.</summary>
    private static void UpdateColumns(CareDb db, Dictionary<(string, long), StoredActivity> updated, string conversationId, ColumnUpdate update)
    {
        if (!updated.TryGetValue((conversationId, update.Sequence), out var row))
        {
            row = StoredActivity.KeyOnly(conversationId, update.Sequence);
            db.Activities.Attach(row);
            updated[(conversationId, update.Sequence)] = row;
        }
        update.Apply(row);
        var entry = db.Entry(row);
        foreach (var column in update.Columns) entry.Property(column).IsModified = true;
    }

    /// <summary>Columns of a stored activity to set, found by its watermark.</summary>
    private sealed record ColumnUpdate(Action<StoredActivity> Apply, string[] Columns)
    {
        public long Sequence { get; init; }
    }

    /// <summary>An activity to append, or columns to set on one already stored.</summary>
    private sealed record PendingWrite(string ConversationId, Activity? Activity, ColumnUpdate? Update, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<Activity?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

public sealed class UnknownConversationException(string conversationId)
    : InvalidOperationException($"Conversation '{conversationId}' does not exist.");
