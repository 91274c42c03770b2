using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>
/// Accounts as admins run them, for the console's People page, the admin API and the command line alike. An
/// account change, its agent profile and its audit entry commit together.
/// </summary>
public sealed partial class PeopleAdministration(CareDb db, UserManager<ConsoleUser> users, AuditLog audit,
    HandoffDesk desk, TimeProvider clock, ILogger<PeopleAdministration> logger) : IPeopleAdministration
{
    public async Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.UserName, cancellationToken);
        return [.. accounts.Select(u => ToPerson(u, roles.GetValueOrDefault(u.Id) ?? [], agents.GetValueOrDefault(u.UserName!)))];
    }

    public async Task<Person?> GetAsync(string userName, CancellationToken cancellationToken) =>
        await users.FindByNameAsync(userName) is { } user ? await PersonAsync(user, cancellationToken) : null;

    public async Task<IReadOnlyList<string>> TeamNamesAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().Where(t => !t.Archived).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);

    public async Task<PeopleResult> CreateAsync(NewPerson person, string actor, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (AccountRules.UserNameProblem(person.UserName) is { } nameProblem) problems["userName"] = [nameProblem];
        var roles = ParseRoles(person.Roles ?? [], problems);
        if (roles.Count == 0 && !problems.ContainsKey("roles")) problems["roles"] = [$"Give at least one role: {string.Join(", ", ConsoleRoles.All)}."];
        var profile = await ParseProfileAsync(person.Teams ?? [], person.Languages ?? [], person.Capacity ?? AccountRules.DefaultCapacity, problems, cancellationToken);
        if (problems.Count > 0) return new(PeopleOutcome.Invalid, Problems: problems, Message: "The account cannot be created as it is.");
        if (await users.FindByNameAsync(person.UserName!) is not null)
            return new(PeopleOutcome.Conflict, Message: $"There is already an account called '{person.UserName}'.");

        var password = string.IsNullOrEmpty(person.Password) ? PasswordGenerator.Generate() : person.Password;
        var now = clock.GetUtcNow();
        var displayName = string.IsNullOrWhiteSpace(person.DisplayName) ? person.UserName! : person.DisplayName.Trim();
        var user = new ConsoleUser(person.UserName!, displayName, now) { Active = person.Active ?? true, DeactivatedAt = person.Active == false ? now : null };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return IdentityProblems(created, "password");
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded) return IdentityProblems(added, "roles");
        if (AccountRules.TakesConversations(roles))
        {
            db.Agents.Add(new Agent(user.UserName!, displayName, profile.Teams, profile.Languages, profile.Capacity, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        var after = await PersonAsync(user, cancellationToken);
        audit.Record(db, actor, "user.created", user.UserName!, null, after);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} created the account {User} ({Roles})", actor, user.UserName, string.Join(", ", roles));
        return new(PeopleOutcome.Done, after, Password: string.IsNullOrEmpty(person.Password) ? password : null);
    }

    public async Task<PeopleResult> ResetPasswordAsync(string userName, string? temporaryPassword, string actor, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return NotFound(userName);
        var password = string.IsNullOrEmpty(temporaryPassword) ? PasswordGenerator.Generate() : temporaryPassword;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded) return IdentityProblems(reset, "password");
        user.MustChangePassword = true;
        // A reset also ends a lockout: the admin just gave the person a way in.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(db, actor, "user.password-reset", user.UserName!, null, null);
        await users.UpdateAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return new(PeopleOutcome.Done, await PersonAsync(user, cancellationToken), Password: string.IsNullOrEmpty(temporaryPassword) ? password : null);
    }

    private async Task<Person> PersonAsync(ConsoleUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        var agent = await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == user.UserName, cancellationToken);
        return ToPerson(user, [.. roles], agent);
    }

    private async Task<Dictionary<string, List<string>>> RolesByUserAsync(CancellationToken cancellationToken) =>
        (await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken))
        .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name!).Order().ToList());

    private Person ToPerson(ConsoleUser user, IReadOnlyList<string> roles, Agent? agent) =>
        new(user.UserName!, user.DisplayName, [.. roles.Order()], agent?.Teams ?? [], agent?.Languages ?? [], agent?.Capacity ?? 0,
            user.Active, user.CreatedAt, user.LastSignInAt,
            user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end : null, user.MustChangePassword, user.TwoFactorEnabled);

    private static PeopleResult NotFound(string userName) => new(PeopleOutcome.NotFound, Message: $"There is no account called '{userName}'.");

    private static PeopleResult IdentityProblems(IdentityResult result, string field) => new(PeopleOutcome.Invalid,
        Problems: new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] },
        Message: string.Join(" ", result.Errors.Select(e => e.Description)));
}
