using ConversationalCare.Knowledge;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// Connects this host to the others: what other hosts say reaches this host's listeners (never sent on again, so
/// nothing echoes), and knowledge published here is news for the other hosts' search index and models.
/// </summary>
public sealed class ClusterRelay(IClusterEvents cluster, ConversationFeed feed, PublishNews news, IOptions<RedisOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Clustered) return Task.CompletedTask;
        cluster.Received += Deliver;
        news.PublishedHere += Tell;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        news.PublishedHere -= Tell;
        cluster.Received -= Deliver;
        return Task.CompletedTask;
    }

    private void Tell(PublishedContent content) => cluster.Send(new ClusterMessage(Published: content));

    private void Deliver(ClusterMessage message)
    {
        if (message.Published is { } content) news.PublishedElsewhere(content);
        else if (message is { ConversationId: { } conversationId, Activity: { } activity })
            feed.DeliverActivity(new FeedItem(conversationId, activity, message.Sequence));
        else if (message is { ConversationId: { } announced, Announcement: { } change })
            feed.DeliverAnnouncement(announced, change);
    }
}
