using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ConversationalCare.HandoffConsole.Tests;

/// <summary>
/// An in-memory handoff desk: tests set what the inbox and context show, choose what a command answers, and read
/// back every command the console sent. It decides nothing, as the console must not either.
/// </summary>
public sealed class FakeHandoffDesk : IHandoffDesk
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, HandoffContext> contexts = [];
    private readonly List<Channel<DateTimeOffset>> typingWatchers = [];

    public Dictionary<InboxView, List<QueueItem>> Inbox { get; } = new()
    {
        [InboxView.Waiting] = [],
        [InboxView.Mine] = [],
        [InboxView.All] = [],
    };

    public List<AgentProfile> Agents { get; } = [];

    /// <summary>Each command as "verb conversation agent detail", in the order the console sent them.</summary>
    public List<string> Commands { get; } = [];

    public List<(string Agent, InboxView View)> InboxCalls { get; } = [];

    public List<(string Agent, AgentStatus Status)> StatusChanges { get; } = [];

    public int AgentTypingCalls { get; private set; }

    /// <summary>What the next command of a kind ("claim", "send", …) answers; Done when not set.</summary>
    public Dictionary<string, DeskResult> Answers { get; } = [];

    public int TypingWatchers { get { lock (gate) return typingWatchers.Count; } }

    public void Put(HandoffContext context)
    {
        lock (gate) contexts[context.Conversation.Id] = context;
    }

    public void Change(string conversationId, Func<HandoffContext, HandoffContext> change)
    {
        lock (gate) contexts[conversationId] = change(contexts[conversationId]);
    }

    public void CustomerTypes(DateTimeOffset at)
    {
        lock (gate)
            foreach (var watcher in typingWatchers) watcher.Writer.TryWrite(at);
    }

    private Task<DeskResult> Record(string verb, string command)
    {
        lock (gate)
        {
            Commands.Add($"{verb} {command}");
            return Task.FromResult(Answers.GetValueOrDefault(verb, DeskResult.Done));
        }
    }

    public Task<IReadOnlyList<QueueItem>> InboxAsync(string agent, InboxView view, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            InboxCalls.Add((agent, view));
            return Task.FromResult<IReadOnlyList<QueueItem>>(Inbox[view].ToList());
        }
    }

    public Task<HandoffContext?> GetContextAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(contexts.GetValueOrDefault(conversationId));
    }

    public Task<DeskResult> ClaimAsync(string conversationId, string agent, CancellationToken cancellationToken) =>
        Record("claim", $"{conversationId} {agent}");

    public Task<DeskResult> SendAsync(string conversationId, string agent, string text, CancellationToken cancellationToken) =>
        Record("send", $"{conversationId} {agent} {text}");

    public Task<DeskResult> AddNoteAsync(string conversationId, string agent, string text, CancellationToken cancellationToken) =>
        Record("note", $"{conversationId} {agent} {text}");

    public Task<DeskResult> TransferAsync(string conversationId, string agent, TransferTarget target, string? note, CancellationToken cancellationToken) =>
        Record("transfer", $"{conversationId} {agent} agent={target.Agent} team={target.Team} note={note}");

    public Task<DeskResult> ResolveAsync(string conversationId, string agent, string disposition, CancellationToken cancellationToken) =>
        Record("resolve", $"{conversationId} {agent} {disposition}");

    public Task<DeskResult> ReleaseAsync(string conversationId, string agent, CancellationToken cancellationToken) =>
        Record("release", $"{conversationId} {agent}");

    public Task AgentTypingAsync(string conversationId, string agent, CancellationToken cancellationToken)
    {
        lock (gate) AgentTypingCalls++;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<DateTimeOffset> WatchCustomerTypingAsync(string conversationId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = Channel.CreateUnbounded<DateTimeOffset>();
        lock (gate) typingWatchers.Add(watcher);
        try
        {
            await foreach (var at in watcher.Reader.ReadAllAsync(cancellationToken))
                yield return at;
        }
        finally
        {
            lock (gate) typingWatchers.Remove(watcher);
        }
    }

    public Task<IReadOnlyList<AgentProfile>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<AgentProfile>>(Agents.ToList());
    }

    public Task<AgentProfile?> GetAgentAsync(string agent, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(Agents.Find(a => a.UserName == agent));
    }

    public Task<DeskResult> SetStatusAsync(string agent, AgentStatus status, CancellationToken cancellationToken)
    {
        lock (gate) StatusChanges.Add((agent, status));
        return Record("status", $"{agent} {status}");
    }
}
