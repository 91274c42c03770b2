using ConversationalCare.Bot.Telemetry;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>Logs are read by operators and shipped elsewhere, so customers' emails, phones and order numbers never reach them.</summary>
public class LogMaskingTests
{
    private const string Email = "jane.doe@example.com";
    private const string Phone = "+44 7700 900123";
    private const string Order = "LC-20261124";

    [Fact]
    public async Task A_customer_message_full_of_personal_data_leaves_none_of_it_in_the_logs()
    {
        var logs = new LogCapture();
        using var host = new BotHost(new() { ["Logging:LogLevel:Default"] = "Trace" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask($"Hi, I am {Email}, call me on {Phone} about order {Order}, it never arrived");
        // A button's value reaches the log as the reason for the bot's decision: the path that must mask.
        var declined = await chat.Send("no thanks", value: new { handoff = $"call {Phone} or write to {Email}" });
        await chat.ExpectBotMessage(a => a.ReplyToId == declined, "the answer to the declined offer");

        var entries = logs.Entries.ToList();
        Assert.Contains(entries, e => e.Contains("offer of a person: call [phone] or write to [email]", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(Email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.Contains("7700 900123", StringComparison.Ordinal) || e.Contains("7700900123", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(Order, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Masks_text_values_and_keeps_dates_numbers_and_the_wording()
    {
        var logs = new LogCapture();
        using var factory = new MaskingLoggerFactory(LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var due = new DateTimeOffset(2026, 12, 3, 19, 44, 8, TimeSpan.Zero);

        factory.CreateLogger("test").LogWarning("Gap {Wording} due {Due:u} seen {Count} times", $"where is {Order}? mail {Email}", due, 20261203);

        var entry = Assert.Single(logs.Entries);
        Assert.StartsWith("test: Gap where is [order]? mail [email] due 2026-12-03 19:44:08Z seen 20261203 times", entry);
        Assert.Contains("Wording=where is [order]? mail [email]", entry);
        Assert.DoesNotContain(Order, entry);
        Assert.DoesNotContain(Email, entry);
    }

    [Fact]
    public void Leaves_entries_without_personal_data_exactly_as_they_were()
    {
        var logs = new LogCapture();
        using var factory = new MaskingLoggerFactory(LoggerFactory.Create(logging => logging.AddProvider(logs)));

        factory.CreateLogger("test").LogInformation("Turn in {ConversationId}: {Kind}", "c-1f3a", "Answer");

        Assert.Equal("test: Turn in c-1f3a: Answer [ConversationId=c-1f3a | Kind=Answer | {OriginalFormat}=Turn in {ConversationId}: {Kind}]",
            Assert.Single(logs.Entries));
    }
}
