using ConversationalCare.HandoffConsole.Handoff;
using Microsoft.Extensions.Configuration;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

public class CannedResponsesTests
{
    private static HandoffConsoleOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => $"{HandoffConsoleOptions.Section}:{s.Key}", s => (string?)s.Value))
            .Build();
        var options = new HandoffConsoleOptions();
        configuration.GetSection(HandoffConsoleOptions.Section).Bind(options);
        return options;
    }

    private static string Text(IReadOnlyList<CannedResponse> responses, string name) => responses.Single(r => r.Name == name).Text;

    [Fact]
    public void Ships_greeting_apology_hold_on_and_closing_in_english_and_chinese()
    {
        var options = new HandoffConsoleOptions();

        foreach (var locale in new[] { "en-US", "zh-CN" })
            Assert.Superset(new HashSet<string> { "greeting", "apology", "hold on", "closing" },
                CannedResponses.For(options, locale).Select(r => r.Name).ToHashSet());
    }

    [Fact]
    public void Configuration_replaces_one_text_and_keeps_the_other_defaults()
    {
        var options = Bind(("CannedResponses:en-US:greeting", "Hello {customerName}, {agentName} here."));

        var english = CannedResponses.For(options, "en-US");

        Assert.Equal("Hello {customerName}, {agentName} here.", Text(english, "greeting"));
        Assert.Contains("sorry", Text(english, "apology"));
    }

    [Fact]
    public void Configuration_adds_a_language()
    {
        var options = Bind(("CannedResponses:fr-FR:greeting", "Bonjour {customerName}"));

        Assert.Equal("Bonjour {customerName}", Text(CannedResponses.For(options, "fr-FR"), "greeting"));
        Assert.NotEmpty(CannedResponses.For(options, "en-US"));
    }

    [Theory]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("en-GB", "en-US")]
    [InlineData("de-DE", "en-US")]
    public void Falls_back_to_the_same_language_then_english(string asked, string used)
    {
        var options = new HandoffConsoleOptions();

        Assert.Equal(CannedResponses.For(options, used), CannedResponses.For(options, asked));
    }

    [Fact]
    public void Fills_in_the_customer_and_the_agent() =>
        Assert.Equal("Hi Ada, I'm Bob.", CannedResponses.Fill("Hi {customerName}, I'm {agentName}.", "Ada", "Bob"));
}
