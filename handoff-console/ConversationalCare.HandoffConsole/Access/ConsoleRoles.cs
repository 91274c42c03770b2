namespace ConversationalCare.HandoffConsole.Access;

/// <summary>The roles console users sign in with; pages and the agent API authorise against these names.</summary>
public static class ConsoleRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string ContentOwner = "contentOwner";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, ContentOwner];
}
