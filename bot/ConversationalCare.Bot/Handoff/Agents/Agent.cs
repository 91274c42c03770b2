using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// A person who takes handed-off conversations: what they can handle (teams such as "billing" or "complaints",
/// and languages), how many chats at once, and whether they are taking any now. The sign-in account is the
/// Identity user of the same name.
/// </summary>
public sealed class Agent
{
    private Agent() { }

    public Agent(string userName, string displayName, IEnumerable<string> teams, IEnumerable<string> languages, int capacity, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        UserName = userName;
        DisplayName = displayName;
        Teams = [.. teams.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct()];
        Languages = [.. languages.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct()];
        Capacity = capacity;
        Status = AgentStatus.Offline;
        StatusChangedAt = now;
    }

    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    /// <summary>Teams (skills) the agent serves; "general" means any topic.</summary>
    public List<string> Teams { get; private set; } = [];
    /// <summary>Language prefixes the agent speaks, such as "en" or "zh".</summary>
    public List<string> Languages { get; private set; } = [];
    public int Capacity { get; private set; }
    public AgentStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>What an administrator edits; returns whether anything changed.</summary>
    public bool Update(string displayName, IEnumerable<string> teams, IEnumerable<string> languages, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var updated = new Agent(UserName, displayName, teams, languages, capacity, StatusChangedAt);
        if (DisplayName == updated.DisplayName && Teams.SequenceEqual(updated.Teams) && Languages.SequenceEqual(updated.Languages) && Capacity == capacity)
            return false;
        (DisplayName, Teams, Languages, Capacity) = (updated.DisplayName, updated.Teams, updated.Languages, capacity);
        return true;
    }

    public bool SetStatus(AgentStatus status, DateTimeOffset now)
    {
        if (Status == status) return false;
        Status = status;
        StatusChangedAt = now;
        return true;
    }

    public bool Serves(string team) => Teams.Contains(team) || Teams.Contains(Routing.DefaultTeams.General);

    public bool Speaks(string locale) =>
        Languages.Count == 0 || Languages.Any(l => locale.StartsWith(l, StringComparison.OrdinalIgnoreCase));
}
