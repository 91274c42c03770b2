namespace ConversationalCare.HandoffConsole;

/// <summary>Settings bound from <c>ConversationalCare:Console</c>.</summary>
public sealed class HandoffConsoleOptions
{
    public const string Section = "ConversationalCare:Console";

    /// <summary>
    /// Lets callers from other machines open the console. Off by default because there is no agent sign-in yet:
    /// turn it on only behind something that already authenticates agents.
    /// </summary>
    public bool AllowRemote { get; set; }
}
