namespace ConversationalCare.HandoffConsole.Access;

/// <summary>The roles console users sign in with; pages and the agent API authorise against these names.</summary>
public static class ConsoleRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string ContentOwner = "contentOwner";
    /// <summary>Runs the desk: people, teams, routing, hours, replies, the website chat and customer data.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, ContentOwner, Admin];
}
