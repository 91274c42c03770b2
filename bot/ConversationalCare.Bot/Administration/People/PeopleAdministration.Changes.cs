using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>Editing an account: details, roles, the agent profile, and deactivation with everything it sets off.</summary>
public sealed partial class PeopleAdministration
{
    public async Task<PeopleResult> UpdateAsync(string userName, PersonChange change, string actor, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return NotFound(userName);
        var before = await PersonAsync(user, cancellationToken);
        var problems = new Dictionary<string, string[]>();
        var roles = change.Roles is null ? [.. before.Roles] : ParseRoles(change.Roles, problems);
        if (change.Roles is not null && roles.Count == 0 && !problems.ContainsKey("roles")) problems["roles"] = ["Keep at least one role; deactivate the account instead."];
        var profile = await ParseProfileAsync(change.Teams ?? before.Teams, change.Languages ?? before.Languages,
            change.Capacity ?? (before.Capacity > 0 ? before.Capacity : AccountRules.DefaultCapacity), problems, cancellationToken);
        if (change.DisplayName is { } name && string.IsNullOrWhiteSpace(name)) problems["displayName"] = ["A display name cannot be empty."];
        if (problems.Count > 0) return new(PeopleOutcome.Invalid, Problems: problems, Message: "The account cannot be changed like this.");

        var active = change.Active ?? user.Active;
        var staysAdmin = active && roles.Contains(ConsoleRoles.Admin);
        if (before.Roles.Contains(ConsoleRoles.Admin) && user.Active && !staysAdmin && !await AnotherActiveAdminAsync(user.Id, cancellationToken))
            return new(PeopleOutcome.Conflict, Message: "This is the last active admin: make someone else an admin first, so the desk can still be run.");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (change.DisplayName is { } displayName) user.DisplayName = displayName.Trim();
        var deactivating = user.Active && !active;
        if (user.Active != active) (user.Active, user.DeactivatedAt) = (active, active ? null : now);
        var removed = before.Roles.Except(roles).ToList();
        var added = roles.Except(before.Roles).ToList();
        if (removed.Count > 0) await users.RemoveFromRolesAsync(user, removed);
        if (added.Count > 0) await users.AddToRolesAsync(user, added);
        // Roles and active state are in the sign-in ticket: a new stamp makes every cookie and token re-read them.
        if (deactivating || removed.Count > 0) await users.UpdateSecurityStampAsync(user);
        await UpdateAgentAsync(user, roles, profile, now, cancellationToken);
        await users.UpdateAsync(user);
        var after = await PersonAsync(user, cancellationToken);
        audit.Record(db, actor, deactivating ? "user.deactivated" : !before.Active && active ? "user.reactivated" : "user.changed", user.UserName!, before, after);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (deactivating || (AccountRules.TakesConversations(before.Roles) && !AccountRules.TakesConversations(roles)))
            await desk.WithdrawAgentAsync(user.UserName!, deactivating ? $"{user.DisplayName}'s account was deactivated" : $"{user.DisplayName} no longer takes conversations", cancellationToken);
        return new(PeopleOutcome.Done, after);
    }

    private async Task UpdateAgentAsync(ConsoleUser user, IReadOnlyList<string> roles, AgentProfileInput profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.UserName == user.UserName, cancellationToken);
        if (agent is null && AccountRules.TakesConversations(roles))
            db.Agents.Add(new Agent(user.UserName!, user.DisplayName, profile.Teams, profile.Languages, profile.Capacity, now));
        // A former agent keeps the profile (their past capacity counts in utilisation); withdrawing takes them out of routing.
        else agent?.Update(user.DisplayName, profile.Teams, profile.Languages, profile.Capacity);
    }

    private async Task<bool> AnotherActiveAdminAsync(string userId, CancellationToken cancellationToken) =>
        await (from link in db.UserRoles
               join role in db.Roles on link.RoleId equals role.Id
               join account in db.Users on link.UserId equals account.Id
               where role.Name == ConsoleRoles.Admin && account.Active && account.Id != userId
               select account.Id).AnyAsync(cancellationToken);

    private static List<string> ParseRoles(IEnumerable<string> requested, Dictionary<string, string[]> problems)
    {
        var roles = new List<string>();
        foreach (var text in requested)
        {
            if (AccountRules.RoleNamed(text) is { } role) { if (!roles.Contains(role)) roles.Add(role); }
            else problems["roles"] = [$"'{text}' is not a role. Roles: {string.Join(", ", ConsoleRoles.All)}."];
        }
        return roles;
    }

    private async Task<AgentProfileInput> ParseProfileAsync(IEnumerable<string> teams, IEnumerable<string> languages, int capacity,
        Dictionary<string, string[]> problems, CancellationToken cancellationToken)
    {
        var teamNames = teams.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        var known = await db.Teams.AsNoTracking().Where(t => !t.Archived).Select(t => t.Name).ToListAsync(cancellationToken);
        if (teamNames.Except(known).ToList() is { Count: > 0 } unknown)
            problems["teams"] = [$"No such team: {string.Join(", ", unknown)}. Teams: {string.Join(", ", known.Order())}."];
        var languageTags = languages.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (languageTags.Where(l => !AccountRules.IsLanguage(l)).ToList() is { Count: > 0 } bad)
            problems["languages"] = [$"Use language codes such as en, zh or zh-CN (not {string.Join(", ", bad)})."];
        if (capacity is < 1 or > AccountRules.MaxCapacity) problems["capacity"] = [$"Capacity is how many chats at once: 1 to {AccountRules.MaxCapacity}."];
        return new(teamNames, languageTags, capacity);
    }
}

/// <summary>An agent's teams, languages and capacity as given, once checked.</summary>
internal sealed record AgentProfileInput(IReadOnlyList<string> Teams, IReadOnlyList<string> Languages, int Capacity);
