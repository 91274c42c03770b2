using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff;

/// <summary>What happens to an agent's work when they can no longer do it (their account was deactivated).</summary>
public sealed partial class HandoffDesk
{
    /// <summary>
    /// Takes the agent out of routing and puts every conversation they own back in the queue, each with a note
    /// saying why, and offers it to the next agent. Returns how many conversations went back.
    /// </summary>
    public async Task<int> WithdrawAgentAsync(string agent, string reason, CancellationToken cancellationToken)
    {
        await SetStatusAsync(agent, AgentStatus.Offline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owned = await db.Handoffs.AsNoTracking().Where(h => h.Status == HandoffStatus.Assigned && h.Owner == agent)
            .Select(h => h.Id).ToListAsync(cancellationToken);
        var returned = 0;
        foreach (var id in owned)
        {
            var moved = await handoffs.ChangeAsync(id, h => h.Owner == agent && h.ReturnToQueue(), HandoffEventKinds.Returned, agent, reason, cancellationToken);
            if (moved is null) continue;
            returned++;
            await handoffs.AddNoteAsync(new AgentNoteEntry(moved.ConversationId, SystemAuthor, $"Returned to the queue from {agent}: {reason}", clock.GetUtcNow()),
                moved.Id, cancellationToken);
            await messenger.SayAsync(moved.ConversationId, HandoffTexts.For(moved.Locale).Transferred, cancellationToken);
            await router.OfferAsync(moved, cancellationToken);
        }
        if (returned > 0) logger.LogInformation("{Count} conversation(s) of {Agent} returned to the queue: {Reason}", returned, agent, reason);
        return returned;
    }

    /// <summary>Notes the desk writes itself are signed like this, so agents can tell them from a colleague's.</summary>
    public const string SystemAuthor = "system";
}
