using ConversationalCare.Bot.Activities;
using ConversationalCare.Knowledge;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// What one host instance tells the others so their live listeners hear it too. It only says "this changed": the
/// database stays the truth, and a host that misses a message catches up from it (see <see cref="FeedCatchUp"/>).
/// </summary>
public interface IClusterEvents
{
    /// <summary>Whether messages from other hosts arrive now; while they do not, listeners catch up from the database.</summary>
    bool Connected { get; }

    /// <summary>Tells every other host; never this one, which has delivered to its own listeners already.</summary>
    void Send(ClusterMessage message);

    /// <summary>A message from another host, in the order that host sent it.</summary>
    event Action<ClusterMessage>? Received;

    /// <summary>The link to the other hosts was lost (false) or is back (true).</summary>
    event Action<bool>? ConnectedChanged;
}

/// <summary>One host alone: there is nobody to tell, and nothing is ever missed.</summary>
public sealed class SingleHostEvents : IClusterEvents
{
    public bool Connected => true;

    public void Send(ClusterMessage message) { }

    public event Action<ClusterMessage>? Received { add { } remove { } }

    public event Action<bool>? ConnectedChanged { add { } remove { } }
}

/// <summary>
/// A feed item (an activity with its watermark, typing without one, or a console announcement) or a knowledge publish.
/// Exactly one of Activity, Announcement or Published is set.
/// </summary>
public sealed record ClusterMessage(string? ConversationId = null, Activity? Activity = null, long? Sequence = null,
    string? Announcement = null, PublishedContent? Published = null);
