using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// The transcript writer's memory of each conversation row it last wrote: the watermark, last activity time and
/// language. Only the single writer loop touches it. A remembered row that another host has moved on fails the
/// row's concurrency check; the writer then forgets it and reads it again, so memory can be stale but never wrong.
/// </summary>
internal sealed class ConversationPositions
{
    // Enough for every conversation active at once on a busy host; past it, starting afresh costs one read each.
    private const int MaxRemembered = 20_000;
    private readonly Dictionary<string, Conversation> _rows = new(StringComparer.Ordinal);

    /// <summary>Attaches the rows of these conversations to the context, reading only those not remembered.</summary>
    public async Task<Dictionary<string, Conversation>> AttachAsync(CareDb db, IEnumerable<string> conversationIds)
    {
        var attached = new Dictionary<string, Conversation>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in conversationIds)
        {
            if (attached.ContainsKey(id)) continue;
            if (_rows.TryGetValue(id, out var remembered))
            {
                db.Conversations.Attach(remembered);
                attached[id] = remembered;
            }
            else if (!missing.Contains(id)) missing.Add(id);
        }
        if (missing.Count == 0) return attached;
        if (_rows.Count + missing.Count > MaxRemembered) _rows.Clear();
        foreach (var row in await db.Conversations.Where(c => missing.Contains(c.Id)).ToListAsync())
            attached[row.Id] = _rows[row.Id] = row;
        return attached;
    }

    public void Forget(IEnumerable<string> conversationIds)
    {
        foreach (var id in conversationIds) _rows.Remove(id);
    }
}
