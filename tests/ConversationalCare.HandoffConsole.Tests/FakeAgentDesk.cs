using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ConversationalCare.HandoffConsole.Tests;

/// <summary>
/// An in-memory desk. It keeps conversations in the order they were started, deliberately unsorted, and announces
/// every change to its watchers as the bot's desk does.
/// </summary>
public sealed class FakeAgentDesk : IAgentDesk
{
    private readonly Lock gate = new();
    private readonly List<ConversationSummary> conversations = [];
    private readonly Dictionary<string, List<TranscriptLine>> lines = [];
    private readonly List<Channel<string>> watchers = [];

    public int ListCalls { get; private set; }

    public int TranscriptCalls { get; private set; }

    public int Watchers { get { lock (gate) return watchers.Count; } }

    /// <summary>Changes announced but not yet read by a watcher.</summary>
    public int Unread { get { lock (gate) return watchers.Sum(w => w.Reader.Count); } }

    public void Start(string id, string customer, DateTimeOffset at, string channel = "web chat", string locale = "en-US")
    {
        lock (gate)
        {
            conversations.Add(new ConversationSummary(id, channel, customer, locale, "Active", at, at, 0, null));
            lines[id] = [];
        }
        Announce(id);
    }

    public void Say(string id, string role, string text, DateTimeOffset at, params string[] suggestedActions)
    {
        lock (gate)
        {
            var transcript = lines[id];
            transcript.Add(new TranscriptLine(transcript.Count + 1, at, role, "message", text, suggestedActions));
            var index = conversations.FindIndex(c => c.Id == id);
            conversations[index] = conversations[index] with
            {
                LastActivityAt = at,
                MessageCount = transcript.Count,
                LastMessagePreview = text,
            };
        }
        Announce(id);
    }

    /// <summary>Announces a change without changing anything, as a burst of typing events might.</summary>
    public void Announce(string id)
    {
        lock (gate)
            foreach (var watcher in watchers) watcher.Writer.TryWrite(id);
    }

    public Task<IReadOnlyList<ConversationSummary>> ListConversationsAsync(int take, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ListCalls++;
            return Task.FromResult<IReadOnlyList<ConversationSummary>>(conversations.Take(take).ToList());
        }
    }

    public Task<ConversationTranscript?> GetTranscriptAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            TranscriptCalls++;
            var summary = conversations.Find(c => c.Id == conversationId);
            return Task.FromResult(summary is null ? null : new ConversationTranscript(summary, lines[conversationId].ToList()));
        }
    }

    public async IAsyncEnumerable<string> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = Channel.CreateUnbounded<string>();
        lock (gate) watchers.Add(watcher);
        try
        {
            await foreach (var id in watcher.Reader.ReadAllAsync(cancellationToken))
                yield return id;
        }
        finally
        {
            lock (gate) watchers.Remove(watcher);
        }
    }
}
