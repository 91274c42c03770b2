namespace ConversationalCare.HandoffConsole.Handoff;

/// <summary>What to tell the agent when the desk refused a command: the bot's own words when it gave any.</summary>
internal static class DeskMessages
{
    public static string Describe(DeskResult result) => result.Message is { Length: > 0 } message
        ? message
        : result.Failure switch
        {
            DeskFailure.NotFound => "This conversation no longer has an open handoff.",
            DeskFailure.Conflict => "Someone else changed this conversation first. It has been refreshed.",
            DeskFailure.NotOwner => "Only the agent who owns this conversation can do that. Claim it first.",
            DeskFailure.Invalid => "The desk could not accept that. Check the fields and try again.",
            _ => "Done.",
        };

    /// <summary>Handoff statuses in which agents still have work to do (the bot's HandoffStatus names).</summary>
    public static bool IsOpen(string status) => status is "Waiting" or "Assigned" or "AwaitingMessage" or "Ticket";
}
