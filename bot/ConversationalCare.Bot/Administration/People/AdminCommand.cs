using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>
/// <c>admin add-user NAME --role admin [--role agent …] [--display-name "…"] [--generate-password]</c>: the first
/// administrator of a fresh install, or any account from a shell. The password comes from standard input (one line)
/// unless generated. Exit codes: 0 created, 2 refused (bad name, weak password, existing user, bad arguments).
/// </summary>
public sealed class AdminCommand
{
    public const int Created = 0;
    public const int Refused = 2;
    public const string Usage = "Usage: admin add-user NAME --role admin [--role agent ...] [--display-name NAME] [--generate-password]";

    private AdminCommand(string userName, List<string> roles, string? displayName, bool generatePassword, string[] hostArgs)
    {
        (UserName, Roles, DisplayName, GeneratePassword, HostArgs) = (userName, roles, displayName, generatePassword, hostArgs);
    }

    public string UserName { get; }
    public IReadOnlyList<string> Roles { get; }
    public string? DisplayName { get; }
    public bool GeneratePassword { get; }
    /// <summary>What is left for the host's configuration, e.g. --ConversationalCare:DataDirectory=/var/lib/cc.</summary>
    public string[] HostArgs { get; }

    /// <summary>Null when <paramref name="args"/> is not an admin command; otherwise the command or why it is malformed.</summary>
    public static (AdminCommand? Command, string? Problem)? Parse(string[] args)
    {
        if (args is not ["admin", ..]) return null;
        if (args is not ["admin", "add-user", var userName, .. var rest] || userName.StartsWith("--", StringComparison.Ordinal))
            return (null, Usage);
        var roles = new List<string>();
        string? displayName = null;
        var generate = false;
        var hostArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--role" when i + 1 < rest.Length: roles.Add(rest[++i]); break;
                case "--display-name" when i + 1 < rest.Length: displayName = rest[++i]; break;
                case "--generate-password": generate = true; break;
                case "--role" or "--display-name": return (null, $"{rest[i]} needs a value. {Usage}");
                default: hostArgs.Add(rest[i]); break;
            }
        }
        return roles.Count == 0 ? (null, $"Give at least one --role. {Usage}") : (new AdminCommand(userName, roles, displayName, generate, [.. hostArgs]), null);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, TextWriter error)
    {
        string? password = null;
        if (!GeneratePassword)
        {
            password = (await input.ReadLineAsync())?.TrimEnd('\r');
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("Type the password on standard input (one line), or use --generate-password.");
                return Refused;
            }
        }
        await DatabaseMigrator.MigrateAsync(services, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        await DemoAccounts.EnsureRolesAsync(scope.ServiceProvider);
        var people = scope.ServiceProvider.GetRequiredService<IPeopleAdministration>();
        var result = await people.CreateAsync(new NewPerson(UserName, DisplayName, password, Roles, null, null, null, true), "cli", CancellationToken.None);
        if (result.Outcome != PeopleOutcome.Done)
        {
            var problems = result.Problems?.SelectMany(p => p.Value.Select(v => $"{p.Key}: {v}")).ToList() ?? [];
            await error.WriteLineAsync(problems.Count > 0 ? string.Join(Environment.NewLine, problems) : result.Message);
            return Refused;
        }
        await output.WriteLineAsync($"Created the account '{result.Person!.UserName}' ({string.Join(", ", result.Person.Roles)}).");
        if (result.Password is { } generated) await output.WriteLineAsync($"Password (shown only now): {generated}");
        return Created;
    }
}
