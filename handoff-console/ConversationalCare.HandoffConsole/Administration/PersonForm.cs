using ConversationalCare.HandoffConsole.Access;

namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>What the person editor edits: roles and teams as ticks, languages as the text an admin types ("en, zh").</summary>
public sealed class PersonForm
{
    public bool IsNew { get; private init; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Password { get; set; }
    public HashSet<string> Roles { get; } = [];
    public HashSet<string> Teams { get; } = [];
    public string Languages { get; set; } = "";
    public int Capacity { get; set; } = 3;

    public static PersonForm New() => new() { IsNew = true, Roles = { ConsoleRoles.Agent }, Languages = "en" };

    public static PersonForm From(Person person)
    {
        var form = new PersonForm
        {
            UserName = person.UserName, DisplayName = person.DisplayName, Languages = string.Join(", ", person.Languages),
            Capacity = person.Capacity > 0 ? person.Capacity : 3,
        };
        form.Roles.UnionWith(person.Roles);
        form.Teams.UnionWith(person.Teams);
        return form;
    }

    public bool TakesConversations => Roles.Contains(ConsoleRoles.Agent) || Roles.Contains(ConsoleRoles.Supervisor);

    public void Toggle(HashSet<string> set, string value, bool on)
    {
        if (on) set.Add(value);
        else set.Remove(value);
    }

    public NewPerson ToNewPerson() =>
        new(UserName.Trim(), DisplayName, string.IsNullOrEmpty(Password) ? null : Password, [.. Roles], [.. Teams], LanguageList(), Capacity, true);

    public PersonChange ToChange() => new(DisplayName, [.. Roles], [.. Teams], LanguageList(), Capacity);

    private List<string> LanguageList() =>
        [.. Languages.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
