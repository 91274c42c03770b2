using System.Data;
using System.Data.Common;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>The ordered routing list: read, and replaced as a whole so its order is never half changed.</summary>
public sealed partial class TeamAdministration
{
    public RoutingChoices Choices { get; } =
        new(RoutingRuleInput.TopicIntents, [CustomerTiers.Standard, CustomerTiers.Vip], EscalationRules.All);

    public async Task<IReadOnlyList<RouteRule>> RulesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return [.. rules.Select(r => r.ToDto())];
    }

    public async Task<TeamResult<IReadOnlyList<RouteRule>>> ReplaceRulesAsync(IReadOnlyList<RouteRule?> rules, string actor,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new FieldErrors();
        var parsed = RoutingRuleInput.Parse(rules, await db.Teams.AsNoTracking().ToListAsync(cancellationToken), errors);
        if (parsed is null) return TeamResult<IReadOnlyList<RouteRule>>.Invalid(errors.ToDictionary(), "The routing rules cannot be saved as they are.");

        try
        {
            // Serializable, as SQLite's transactions always are: on PostgreSQL two admins replacing lists of the same
            // length at once would otherwise both pass the count check; now the later one fails and hears of the conflict.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var before = await db.RoutingRules.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken);
            // Deleting fewer or more rows than were read means another admin replaced the list meanwhile.
            if (await db.RoutingRules.ExecuteDeleteAsync(cancellationToken) != before.Count) return RulesConflict();
            db.RoutingRules.AddRange(parsed);
            audit.Record(db, actor, "routing.replaced", "routing-rules",
                before.Select(r => r.ToDto()).ToList(), parsed.Select(r => r.ToDto()).ToList());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            return RulesConflict();
        }
        return TeamResult<IReadOnlyList<RouteRule>>.Done([.. parsed.Select(r => r.ToDto())]);
    }

    private static TeamResult<IReadOnlyList<RouteRule>> RulesConflict() =>
        TeamResult<IReadOnlyList<RouteRule>>.Conflict("Someone else changed the routing rules at the same time; read them again and retry.");
}
