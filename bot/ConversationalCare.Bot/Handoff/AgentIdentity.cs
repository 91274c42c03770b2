using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// How an agent appears on the wire: as the bot side of the conversation (role "bot", which every channel and
/// Web Chat understand) with their own id and name, so the customer sees who is writing.
/// </summary>
public static class AgentIdentity
{
    public const string Role = "agent";
    private const string IdPrefix = "agent:";

    public static ChannelAccount For(string userName, string displayName) =>
        new() { Id = IdPrefix + userName, Name = displayName, Role = RoleTypes.Bot };

    /// <summary>The role column of the transcript: "agent" for agents, else what the activity says.</summary>
    public static string? StoredRole(ChannelAccount? from) =>
        from?.Id?.StartsWith(IdPrefix, StringComparison.Ordinal) == true ? Role : from?.Role;
}
