namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The port the console's People page and the admin API need: accounts with their roles and, for agents, what they
/// can handle. The bot implements it (accounts, routing and open conversations are its business).
/// </summary>
public interface IPeopleAdministration
{
    Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken);

    Task<Person?> GetAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Teams people can be put in (not archived), for pickers.</summary>
    Task<IReadOnlyList<string>> TeamNamesAsync(CancellationToken cancellationToken);

    /// <summary>Creates an account; with no password one is generated and returned once in <see cref="PeopleResult.Password"/>.</summary>
    Task<PeopleResult> CreateAsync(NewPerson person, string actor, CancellationToken cancellationToken);

    /// <summary>Changes only what <paramref name="change"/> sets; <c>Active = false</c> deactivates (signs out everywhere).</summary>
    Task<PeopleResult> UpdateAsync(string userName, PersonChange change, string actor, CancellationToken cancellationToken);

    /// <summary>Sets a temporary password (generated when null) that must be replaced at the next sign-in.</summary>
    Task<PeopleResult> ResetPasswordAsync(string userName, string? temporaryPassword, string actor, CancellationToken cancellationToken);
}

/// <summary>An account as admins see it. Teams, languages and capacity matter for agents and supervisors.</summary>
public sealed record Person(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Languages,
    int Capacity,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset? LockedOutUntil,
    bool MustChangePassword,
    bool TwoFactorEnabled);

public sealed record NewPerson(
    string? UserName,
    string? DisplayName,
    string? Password,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Teams,
    IReadOnlyList<string>? Languages,
    int? Capacity,
    bool? Active);

public sealed record PersonChange(
    string? DisplayName = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? Teams = null,
    IReadOnlyList<string>? Languages = null,
    int? Capacity = null,
    bool? Active = null);

public enum PeopleOutcome { Done, Invalid, NotFound, Conflict }

/// <summary>What an account change came to: the account, field problems, or why not.</summary>
public sealed record PeopleResult(PeopleOutcome Outcome, Person? Person = null, IReadOnlyDictionary<string, string[]>? Problems = null,
    string? Message = null, string? Password = null)
{
    public static PeopleResult Invalid(string field, string problem) => new(PeopleOutcome.Invalid, Problems: new Dictionary<string, string[]> { [field] = [problem] }, Message: problem);
}
