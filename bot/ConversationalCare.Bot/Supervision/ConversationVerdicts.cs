using ConversationalCare.Bot.Handoff;

namespace ConversationalCare.Bot.Supervision;

/// <summary>Judgements that need the customer's other conversations: did they come back, and was it another complaint.</summary>
public readonly record struct ConversationVerdict(bool Reopened, bool Complaint, bool RepeatComplaint)
{
    public bool ResolvedAtFirstContact => !Reopened;
}

public static class ConversationVerdicts
{
    /// <summary>
    /// Reopened: the same customer starts another conversation with the same (known) intent after this one started and
    /// no later than the FCR window after its last activity. Repeat complaint: a complaint whose customer had already
    /// complained in a conversation started within the window before it. Conversations without a customer message
    /// take no part. <paramref name="all"/> is ordered by start; the verdicts come back in the same order.
    /// </summary>
    public static ConversationVerdict[] Judge(IReadOnlyList<ConversationFacts> all, TimeSpan window)
    {
        // Each customer's conversations as a chain through the list (previous and next index), built in one pass.
        var previous = new int[all.Count];
        var next = new int[all.Count];
        var complaint = new bool[all.Count];
        var last = new Dictionary<Guid, int>();
        for (var i = 0; i < all.Count; i++)
        {
            previous[i] = next[i] = -1;
            if (all[i].CustomerMessages == 0) continue;
            complaint[i] = IsComplaint(all[i]);
            if (last.TryGetValue(all[i].CustomerId, out var before))
            {
                previous[i] = before;
                next[before] = i;
            }
            last[all[i].CustomerId] = i;
        }

        var verdicts = new ConversationVerdict[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var facts = all[i];
            if (facts.CustomerMessages == 0) continue;
            var reopened = false;
            var returnBy = facts.LastActivityAt + window;
            for (var j = next[i]; !reopened && j >= 0 && all[j].StartedAt <= returnBy; j = next[j])
                reopened = facts.Intent != ConversationIntent.Unknown && all[j].Intent == facts.Intent;
            var repeat = false;
            var since = facts.StartedAt - window;
            for (var j = previous[i]; complaint[i] && !repeat && j >= 0 && all[j].StartedAt >= since; j = previous[j])
                repeat = complaint[j];
            verdicts[i] = new ConversationVerdict(reopened, complaint[i], repeat);
        }
        return verdicts;
    }

    /// <summary>The customer complained in words, or the bot escalated it as a complaint.</summary>
    public static bool IsComplaint(ConversationFacts facts)
    {
        if (facts.Complaint) return true;
        foreach (var handoff in facts.Handoffs)
            if (handoff.Rule == EscalationRules.Complaint) return true;
        return false;
    }
}
