using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff.Api;

/// <summary>
/// GET /api/agent/stream: Server-Sent Events for integrations that want to hear customers live. Every stored activity
/// of a conversation with an open handoff is an <c>activity</c> event, every handoff change a <c>handoff</c> event and
/// the customer typing a <c>typing</c> event; a comment every 15 s keeps proxies from closing an idle stream.
/// </summary>
public static class AgentStreamEndpoints
{
    public static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);
    private const int MaxBatch = 256;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapAgentStream(this RouteGroupBuilder api)
    {
        api.MapGet("/stream", StreamAsync).Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("Live events (SSE): activities of conversations with an open handoff, handoff changes, customer typing.");
        return api;
    }

    public sealed record StreamedActivity(string ConversationId, long Sequence, string Role, string Type, string? Text, DateTimeOffset? Timestamp);
    public sealed record StreamedHandoff(string ConversationId, string Status, string? Owner, bool Open);
    public sealed record StreamedTyping(string ConversationId, DateTimeOffset Timestamp);

    private static async Task StreamAsync(HttpContext context, ConversationFeed feed, IDbContextFactory<CareDb> dbFactory,
        ConversationStore conversations, IHostApplicationLifetime lifetime, TimeProvider clock)
    {
        // The stream ends, without an error, when the client goes away or the host shuts down.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancellationToken = stop.Token;
        // Subscribe before reading the open handoffs, so nothing that happens in between is missed.
        using var subscription = feed.SubscribeAll();
        try
        {
            var open = await OpenConversationsAsync(dbFactory, cancellationToken);
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            // Headers go out now: once the client sees them, it is subscribed.
            await WriteAsync(context.Response, ": connected\n\n", cancellationToken);
            await PumpAsync(context.Response, subscription.Reader, open, dbFactory, conversations, clock, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
    }

    private static async Task PumpAsync(HttpResponse response, ChannelReader<FeedItem> reader, HashSet<string> open,
        IDbContextFactory<CareDb> dbFactory, ConversationStore conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var batch = new List<FeedItem>(MaxBatch);
        var text = new StringBuilder();
        // Per open conversation, the last activity sent: each conversation goes out strictly by watermark.
        var watermarks = new Dictionary<string, long>(StringComparer.Ordinal);
        Task<bool>? arrival = null;
        // One timer at a time: a fresh delay per batch would leave thousands of live timers on a busy stream.
        Task? tick = null;
        while (true)
        {
            arrival ??= reader.WaitToReadAsync(cancellationToken).AsTask();
            tick ??= Task.Delay(KeepAliveEvery, clock, cancellationToken);
            if (await Task.WhenAny(arrival, tick) == tick)
            {
                tick = null;
                cancellationToken.ThrowIfCancellationRequested();
                await WriteAsync(response, ": keep-alive\n\n", cancellationToken);
                continue;
            }
            if (!await arrival) return;
            arrival = null;

            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var item)) batch.Add(item);
            // One query per batch for every conversation whose handoff changed, instead of a lookup per activity.
            var changed = batch.Where(IsHandoffChange).Select(i => i.ConversationId).ToHashSet();
            var states = changed.Count > 0 ? await HandoffStatesAsync(dbFactory, changed, cancellationToken) : [];
            text.Clear();
            foreach (var item in batch)
                if (item.Sequence is { } sequence && open.Contains(item.ConversationId))
                    await AppendInOrderAsync(text, item, sequence, watermarks, conversations, cancellationToken);
                else Append(text, item, open, watermarks, states, clock);
            if (text.Length > 0) await WriteAsync(response, text.ToString(), cancellationToken);
        }
    }

    /// <summary>Events in feed order, so activities before a handoff change are judged by the state before it.</summary>
    private static void Append(StringBuilder text, FeedItem item, HashSet<string> open, Dictionary<string, long> watermarks,
        Dictionary<string, StreamedHandoff> states, TimeProvider clock)
    {
        var id = item.ConversationId;
        if (IsHandoffChange(item))
        {
            var state = states.GetValueOrDefault(id) ?? new StreamedHandoff(id, "None", null, false);
            if (state.Open) open.Add(id);
            else if (open.Remove(id)) watermarks.Remove(id);
            Event(text, "handoff", state);
        }
        else if (item.Sequence is null && item.Activity.Name == FeedChanges.CustomerTyping)
        {
            if (open.Contains(id)) Event(text, "typing", new StreamedTyping(id, clock.GetUtcNow()));
        }
    }

    /// <summary>
    /// An activity of an open conversation: skipped when already sent, and after a gap (a message from another host
    /// that was missed or is late) the missing ones are read from storage first. The first one heard starts the count.
    /// </summary>
    private static async Task AppendInOrderAsync(StringBuilder text, FeedItem item, long sequence, Dictionary<string, long> watermarks,
        ConversationStore conversations, CancellationToken cancellationToken)
    {
        var id = item.ConversationId;
        if (watermarks.TryGetValue(id, out var sent))
        {
            if (sequence <= sent) return;
            if (sequence > sent + 1)
            {
                // Watermarks are gap-free in storage, so the next (sequence - sent - 1) after sent are exactly the missed ones.
                var missed = await conversations.ReadAfterAsync(id, sent, (int)(sequence - sent - 1), cancellationToken);
                foreach (var stored in missed) ActivityEvent(text, id, stored.Sequence, Channels.DirectLine.DirectLineActivities.Deserialize(stored));
            }
        }
        watermarks[id] = sequence;
        ActivityEvent(text, id, sequence, item.Activity);
    }

    private static void ActivityEvent(StringBuilder text, string conversationId, long sequence, Activities.Activity activity) =>
        Event(text, "activity", new StreamedActivity(conversationId, sequence, RoleOf(activity), activity.Type ?? "", activity.Text, activity.Timestamp));

    private static bool IsHandoffChange(FeedItem item) => item.Sequence is null && item.Activity.Name == FeedChanges.Handoff;

    /// <summary>customer, bot or agent: who a person at the desk would say wrote it.</summary>
    private static string RoleOf(Activities.Activity activity) => AgentIdentity.StoredRole(activity.From) switch
    {
        AgentIdentity.Role => "agent",
        Activities.RoleTypes.Bot => "bot",
        _ => "customer",
    };

    private static void Event<T>(StringBuilder text, string type, T data) =>
        text.Append("event: ").Append(type).Append("\ndata: ").Append(JsonSerializer.Serialize(data, Json)).Append("\n\n");

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<HashSet<string>> OpenConversationsAsync(IDbContextFactory<CareDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Handoffs.AsNoTracking().Where(HandoffCase.IsOpenQuery).Select(h => h.ConversationId)
            .ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Each conversation's open handoff, or else its latest one.</summary>
    private static async Task<Dictionary<string, StreamedHandoff>> HandoffStatesAsync(IDbContextFactory<CareDb> dbFactory,
        HashSet<string> conversationIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = conversationIds.ToList();
        var rows = await db.Handoffs.AsNoTracking().Where(h => ids.Contains(h.ConversationId)).ToListAsync(cancellationToken);
        return rows.GroupBy(h => h.ConversationId).ToDictionary(g => g.Key, g =>
        {
            var current = g.OrderByDescending(h => h.IsOpen).ThenByDescending(h => h.RequestedAt).First();
            return new StreamedHandoff(g.Key, current.Status.ToString(), current.Owner, current.IsOpen);
        });
    }
}
