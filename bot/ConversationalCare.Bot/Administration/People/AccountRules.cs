using System.Text.RegularExpressions;
using ConversationalCare.HandoffConsole.Access;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>What a valid account looks like, checked the same way for the console, the API and the command line.</summary>
public static partial class AccountRules
{
    public const int MaxCapacity = 20;
    public const int DefaultCapacity = 3;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    public static string? UserNameProblem(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? "Give the account a user name."
        : UserNamePattern().IsMatch(userName) ? null
        : "A user name is 2–64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.";

    /// <summary>"content-owner", "Content Owner" and "contentOwner" are the same role; null when it is no role of ours.</summary>
    public static string? RoleNamed(string? role)
    {
        var key = new string((role ?? "").Where(char.IsLetter).ToArray());
        return ConsoleRoles.All.FirstOrDefault(r => r.Equals(key, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsLanguage(string language) => LanguagePattern().IsMatch(language);

    /// <summary>Agents and supervisors take conversations, so they have teams, languages and a capacity.</summary>
    public static bool TakesConversations(IEnumerable<string> roles) =>
        roles.Any(r => r is ConsoleRoles.Agent or ConsoleRoles.Supervisor);

    public static IReadOnlyList<string> RolesText => [.. ConsoleRoles.All];
}
