using System.Security.Cryptography;
using System.Text;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>A handoff an agent resolved, a candidate for the review queue.</summary>
public sealed record ResolvedHandoff(Guid Id, string ConversationId, string Agent, DateTimeOffset ResolvedAt);

/// <summary>
/// Chooses which of a week's resolved handoffs are reviewed: per agent, the share rounded (halves up), at least the
/// minimum, at most all of them. The choice looks random but is a hash of week and handoff, so every instance and
/// every re-run picks the same ones and nobody can steer which conversations are picked.
/// </summary>
public static class QualitySample
{
    public static int Quota(int resolved, double share, int minimum) =>
        resolved == 0 ? 0 : Math.Min(resolved, Math.Max(minimum, (int)Math.Round(resolved * share, MidpointRounding.AwayFromZero)));

    public static IReadOnlyList<ResolvedHandoff> Choose(IEnumerable<ResolvedHandoff> resolved, QualityWeek week, double share, int minimum) =>
        [.. resolved.GroupBy(h => h.Agent, StringComparer.Ordinal)
            .SelectMany(agent => agent.OrderBy(h => Draw(week, h.Id)).ThenBy(h => h.Id).Take(Quota(agent.Count(), share, minimum)))
            .OrderBy(h => h.Agent, StringComparer.Ordinal).ThenBy(h => h.ResolvedAt)];

    /// <summary>A stable pseudo-random number for a handoff in a week.</summary>
    public static ulong Draw(QualityWeek week, Guid handoffId) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{week}|{handoffId:N}")), 0);
}
