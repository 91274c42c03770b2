using System.Collections.Concurrent;
using System.Threading.Channels;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Events;

/// <summary>An activity as it reaches live listeners; typing has no watermark because it is never stored.</summary>
public sealed record FeedItem(string ConversationId, Activity Activity, long? Sequence);

/// <summary>Names of the console-only announcements on the feed.</summary>
public static class FeedChanges
{
    public const string Handoff = "cc.handoff-changed";
    public const string CustomerTyping = "cc.customer-typing";
}

/// <summary>
/// Fan-out of a conversation's new activities to whoever is listening live: Direct Line sockets, the agent stream,
/// the console. This host's listeners hear it at once; other hosts through <see cref="IClusterEvents"/> (nowhere
/// when the host runs alone). Storage stays the source of truth; a listener that falls behind re-reads from its watermark.
/// </summary>
public sealed class ConversationFeed(IClusterEvents cluster)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, ChannelWriter<FeedItem>>> _byConversation = new();
    private readonly ConcurrentDictionary<Guid, ChannelWriter<FeedItem>> _everything = new();

    public void Publish(string conversationId, Activity activity, long? sequence)
    {
        DeliverActivity(new FeedItem(conversationId, activity, sequence));
        cluster.Send(new ClusterMessage(conversationId, Activity: activity, Sequence: sequence));
    }

    /// <summary>
    /// Tells the console something changed that is not a customer-visible activity (a claim, an SLA warning, the
    /// customer typing). Only whole-feed listeners hear it, so it never reaches a customer's Direct Line stream.
    /// </summary>
    public void Announce(string conversationId, string change)
    {
        DeliverAnnouncement(conversationId, change);
        cluster.Send(new ClusterMessage(conversationId, Announcement: change));
    }

    /// <summary>To this host's listeners only: an activity another host published, or one re-read from storage.</summary>
    internal void DeliverActivity(FeedItem item)
    {
        if (_byConversation.TryGetValue(item.ConversationId, out var listeners))
            foreach (var listener in listeners.Values) listener.TryWrite(item);
        foreach (var listener in _everything.Values) listener.TryWrite(item);
    }

    /// <summary>To this host's whole-feed listeners only: an announcement another host made, or one re-read from storage.</summary>
    internal void DeliverAnnouncement(string conversationId, string change)
    {
        var item = new FeedItem(conversationId, new Activity { Type = ActivityTypes.Event, Name = change }, null);
        foreach (var listener in _everything.Values) listener.TryWrite(item);
    }

    /// <summary>Listens to one conversation until the subscription is disposed.</summary>
    public FeedSubscription Subscribe(string conversationId)
    {
        while (true)
        {
            var listeners = _byConversation.GetOrAdd(conversationId, _ => new());
            var subscription = FeedSubscription.Open(listeners, () =>
            {
                if (listeners.IsEmpty) _byConversation.TryRemove(new(conversationId, listeners));
            });
            // The last listener of a conversation may have just removed this very set; join a live one instead.
            if (_byConversation.TryGetValue(conversationId, out var current) && ReferenceEquals(current, listeners))
                return subscription;
            subscription.Dispose();
        }
    }

    /// <summary>Live listeners on this host: per-conversation ones (Direct Line sockets) and whole-feed ones (the console).</summary>
    public (int Conversation, int Everything) ListenerCount()
    {
        var conversation = 0;
        foreach (var listeners in _byConversation.Values) conversation += listeners.Count;
        return (conversation, _everything.Count);
    }

    /// <summary>Listens to every conversation (the console's live views).</summary>
    public FeedSubscription SubscribeAll() => FeedSubscription.Open(_everything, () => { });
}

public sealed class FeedSubscription : IDisposable
{
    // Bounded so a stalled listener costs memory only up to a point; it then misses items and must resync.
    private const int Capacity = 1024;
    private readonly Channel<FeedItem> _channel = Channel.CreateBounded<FeedItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Guid _id = Guid.NewGuid();
    private ConcurrentDictionary<Guid, ChannelWriter<FeedItem>> _owner = null!;
    private Action _onEmpty = null!;

    internal static FeedSubscription Open(ConcurrentDictionary<Guid, ChannelWriter<FeedItem>> owner, Action onEmpty)
    {
        var subscription = new FeedSubscription { _owner = owner, _onEmpty = onEmpty };
        owner[subscription._id] = subscription._channel.Writer;
        return subscription;
    }

    public ChannelReader<FeedItem> Reader => _channel.Reader;

    public void Dispose()
    {
        if (!_owner.TryRemove(_id, out _)) return;
        _channel.Writer.TryComplete();
        _onEmpty();
    }
}
