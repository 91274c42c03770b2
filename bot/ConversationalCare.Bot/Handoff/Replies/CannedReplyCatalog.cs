using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Handoff.Replies;

/// <summary>
/// What an agent's canned-reply picker offers, read from the database each time so an admin's change shows at the
/// picker's next opening on every host.
/// </summary>
public sealed class CannedReplyCatalog(IDbContextFactory<CareDb> dbFactory) : ICannedReplies
{
    public async Task<IReadOnlyList<CannedResponse>> ForAgentAsync(string agent, string locale, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Agents.AsNoTracking().Where(a => a.UserName == agent).Select(a => a.Teams).SingleOrDefaultAsync(cancellationToken) ?? [];
        var visible = await db.CannedReplies.AsNoTracking()
            .Where(r => r.Team == null || teams.Contains(r.Team))
            .ToListAsync(cancellationToken);
        return Choose(visible, teams, locale);
    }

    /// <summary>
    /// The customer's language (English when nothing is written in it); the agent's teams first in the order they
    /// are listed, then everyone's; by name within each; one reply per team and name, the closest language winning
    /// ("zh-TW" prefers a "zh-TW" reply to a "zh" one).
    /// </summary>
    public static IReadOnlyList<CannedResponse> Choose(IReadOnlyCollection<CannedReply> visible, IReadOnlyList<string> agentTeams, string locale)
    {
        var wanted = visible.Where(r => ReplyLanguage.Primary(r.Language) == ReplyLanguage.Primary(locale)).ToList();
        if (wanted.Count == 0)
        {
            locale = ReplyLanguage.Fallback;
            wanted = [.. visible.Where(r => ReplyLanguage.Primary(r.Language) == ReplyLanguage.Fallback)];
        }
        return
        [
            .. wanted
                .OrderBy(r => r.Team is null ? int.MaxValue : TeamRank(agentTeams, r.Team))
                .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => Closeness(r.Language, locale))
                .DistinctBy(r => (r.Team, r.Name.ToLowerInvariant()))
                .Select(r => new CannedResponse(r.Name, r.Text, r.Team)),
        ];
    }

    private static int TeamRank(IReadOnlyList<string> teams, string team) =>
        teams.Select((name, index) => (Name: name, Index: index)).FirstOrDefault(t => t.Name == team, (Name: team, Index: teams.Count)).Index;

    private static int Closeness(string language, string locale) =>
        language.Equals(locale, StringComparison.OrdinalIgnoreCase) ? 0
        : language.Equals(ReplyLanguage.Primary(locale), StringComparison.OrdinalIgnoreCase) ? 1
        : 2;
}
