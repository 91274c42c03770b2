using ConversationalCare.HandoffConsole.Handoff;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

/// <summary>
/// The canned replies the bot would offer, by language prefix, in the order the test puts them (the bot orders
/// them; Bot.Tests check that). Starts with a greeting in English and Chinese.
/// </summary>
public sealed class FakeCannedReplies : ICannedReplies
{
    public Dictionary<string, List<CannedResponse>> ByLanguage { get; } = new()
    {
        ["en"] = [new("greeting", "Hi {customerName}, I'm {agentName} and I'll take it from here."), new("apology", "I'm sorry, {customerName}.")],
        ["zh"] = [new("greeting", "{customerName}您好，我是客服{agentName}。")],
    };

    public List<(string Agent, string Locale)> Asked { get; } = [];

    public Task<IReadOnlyList<CannedResponse>> ForAgentAsync(string agent, string locale, CancellationToken cancellationToken)
    {
        Asked.Add((agent, locale));
        var language = locale.Split('-')[0];
        return Task.FromResult<IReadOnlyList<CannedResponse>>([.. ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault("en") ?? []]);
    }
}
