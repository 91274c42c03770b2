using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>A bot message for tests that append to a transcript directly, the way replies are stored.</summary>
public static class StoredNote
{
    public static Activity From(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount { Id = "care-bot", Name = "Care bot", Role = RoleTypes.Bot },
    };
}
