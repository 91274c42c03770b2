using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Routing;

/// <summary>
/// Queue order and who gets offered what. The queue is ordered by priority, then by how long the customer has
/// waited; a waiting conversation is offered to the least-loaded online agent who serves its team and speaks its
/// language and still has room. Offering only suggests: any agent may claim.
/// </summary>
public sealed class QueueRouter(IDbContextFactory<CareDb> dbFactory, HandoffStore handoffs, IOptions<HandoffOptions> options)
{
    public static IEnumerable<HandoffCase> InQueueOrder(IEnumerable<HandoffCase> waiting) =>
        waiting.Where(h => h.Status == HandoffStatus.Waiting).OrderBy(h => h.Priority).ThenBy(h => h.WaitingSince).ThenBy(h => h.Id);

    public async Task<IReadOnlyList<Agent>> AgentsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A deactivated account's profile stays for its history, but nobody may offer or transfer it work.
        return await db.Agents.AsNoTracking().Where(a => !db.Users.Any(u => u.UserName == a.UserName && !u.Active))
            .OrderBy(a => a.UserName).ToListAsync(cancellationToken);
    }

    /// <summary>The agent to offer this handoff to, or null when nobody eligible has room right now.</summary>
    public static Agent? ChooseAgent(HandoffCase handoff, IEnumerable<Agent> agents, IReadOnlyDictionary<string, int> load) =>
        agents.Where(a => a.Status == AgentStatus.Online && a.Serves(handoff.Team) && a.Speaks(handoff.Locale))
            .Select(a => (Agent: a, Load: load.GetValueOrDefault(a.UserName)))
            .Where(x => x.Load < x.Agent.Capacity)
            .OrderBy(x => (double)x.Load / x.Agent.Capacity).ThenBy(x => x.Load).ThenBy(x => x.Agent.UserName)
            .Select(x => x.Agent).FirstOrDefault();

    /// <summary>Can a person take a new conversation at all now: the team's service hours and somebody online.</summary>
    public async Task<bool> SomeoneCanTakeItAsync(TeamServiceHours hours, DateTimeOffset now, CancellationToken cancellationToken) =>
        ServiceHours.IsOpen(hours, now)
        && (await AgentsAsync(cancellationToken)).Any(a => a.Status == AgentStatus.Online);

    /// <summary>Offers the handoff to the best agent now (or withdraws an offer nobody can honour).</summary>
    public async Task OfferAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        var agents = await AgentsAsync(cancellationToken);
        var load = await handoffs.LoadByAgentAsync(cancellationToken);
        var chosen = ChooseAgent(handoff, agents, load)?.UserName;
        if (chosen != handoff.OfferedTo)
            await handoffs.ChangeAsync(handoff.Id, h => h.Offer(chosen), HandoffEventKinds.Offered, chosen, null, cancellationToken);
    }

    /// <summary>1-based position in the queue and a wait estimate from online agents and typical handling time.</summary>
    public (int Position, int Minutes) Estimate(HandoffCase handoff, IReadOnlyList<HandoffCase> open, IReadOnlyList<Agent> agents)
    {
        var queue = InQueueOrder(open).ToList();
        var position = queue.FindIndex(h => h.Id == handoff.Id) + 1;
        if (position == 0) position = queue.Count + 1;
        var online = Math.Max(1, agents.Count(a => a.Status == AgentStatus.Online));
        var minutes = Math.Max(1, (int)Math.Ceiling((double)position / online * options.Value.EstimatedMinutesPerConversation));
        return (position, minutes);
    }
}
