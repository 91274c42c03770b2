namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>One host shared by a test class; each test works in its own conversation.</summary>
public sealed class SharedBotHost : IDisposable
{
    public BotHost Host { get; } = new();
    public void Dispose() => Host.Dispose();
}
