using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>The inbox and the agents' own status.</summary>
public sealed partial class HandoffDesk
{
    private const int PreviewLength = 120;

    public async Task<IReadOnlyList<QueueItem>> InboxAsync(string agent, InboxView view, CancellationToken cancellationToken)
    {
        var open = await handoffs.ListOpenAsync(cancellationToken);
        var chosen = view switch
        {
            InboxView.Waiting => QueueRouter.InQueueOrder(open).Concat(open.Where(h => h.Status == HandoffStatus.Ticket).OrderBy(h => h.RequestedAt)),
            InboxView.Mine => open.Where(h => h.Owner == agent).OrderBy(h => h.ClaimedAt),
            _ => QueueRouter.InQueueOrder(open).Concat(open.Where(h => h.Status != HandoffStatus.Waiting).OrderBy(h => h.RequestedAt)),
        };
        var list = chosen.ToList();
        var ids = list.Select(h => h.ConversationId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var conversations = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.ChannelId, c.ExternalId, c.Locale,
                Customer = c.Customer!.Name ?? c.Customer.ChannelUserId,
                Last = db.Activities.Where(a => a.ConversationId == c.Id && a.Text != null && a.FromRole != Activities.RoleTypes.Bot && a.FromRole != AgentIdentity.Role)
                    .OrderByDescending(a => a.Sequence).Select(a => new { a.Text, a.Emotion, a.EmotionIntensity }).FirstOrDefault(),
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var queue = QueueRouter.InQueueOrder(open).Select(h => h.Id).ToList();
        return list.Where(h => conversations.ContainsKey(h.ConversationId)).Select(h =>
        {
            var c = conversations[h.ConversationId];
            var position = queue.IndexOf(h.Id);
            return new QueueItem(h.ConversationId, c.Customer, c.ExternalId is null ? "web chat" : c.ChannelId, c.Locale,
                h.Status.ToString(), h.Priority, h.Team, h.ReasonDetail, h.RequestedAt, h.FirstResponseDueAt, SlaClock.WarningAt(h, options.Value),
                SlaClock.StateOf(h, now, options.Value), h.Owner, h.OfferedTo, c.Last?.Emotion, c.Last?.EmotionIntensity,
                Preview(c.Last?.Text), position >= 0 ? position + 1 : null);
        }).ToList();
    }

    public async Task<IReadOnlyList<AgentProfile>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        var load = await handoffs.LoadByAgentAsync(cancellationToken);
        return (await router.AgentsAsync(cancellationToken)).Select(a => ToProfile(a, load)).ToList();
    }

    public async Task<AgentProfile?> GetAgentAsync(string agent, CancellationToken cancellationToken) =>
        (await ListAgentsAsync(cancellationToken)).FirstOrDefault(a => a.UserName == agent);

    public async Task<DeskResult> SetStatusAsync(string agent, AgentStatus status, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Agents.SingleOrDefaultAsync(a => a.UserName == agent, cancellationToken);
        if (row is null) return new(DeskFailure.NotFound, $"'{agent}' has no agent profile; ask a supervisor to add one.");
        if (row.SetStatus(status, clock.GetUtcNow())) await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Agent} is now {Status}", agent, status);
        return DeskResult.Done;
    }

    private static AgentProfile ToProfile(Agents.Agent a, IReadOnlyDictionary<string, int> load) =>
        new(a.UserName, a.DisplayName, a.Status, a.Capacity, load.GetValueOrDefault(a.UserName), a.Teams, a.Languages);

    private static string? Preview(string? text) =>
        text is null ? null : text.Length <= PreviewLength ? text : text[..PreviewLength] + "…";
}
