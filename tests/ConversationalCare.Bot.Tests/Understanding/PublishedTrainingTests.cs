using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole;
using ConversationalCare.HandoffConsole.Training;
using ConversationalCare.Knowledge.Training;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConversationalCare.Bot.Tests.Understanding;

/// <summary>Content owners teach the bot in the console; the running host retrains without a restart.</summary>
public class PublishedTrainingTests(ITestOutputHelper output)
{
    // A made-up product verb no shipped phrase knows, so only what the content owner publishes can teach it.
    private const string Message = "please florp my wubbix";

    private static readonly string[] Lesson =
    [
        "florp my wubbix", "has my wubbix been florped", "when will you florp the wubbix", "did you florp my wubbix yet",
        "is the wubbix florped", "florp status of my wubbix",
    ];

    private static async Task<UnderstandingReading> ReadAsync(BotHost host, string text = Message) =>
        await host.Services.GetRequiredService<IUnderstandingPreview>().ReadAsync(text, "en-US", CancellationToken.None);

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }
        return value;
    }

    [Fact]
    public async Task A_content_owner_teaches_a_new_wording_and_the_bot_understands_it_within_seconds_without_a_restart()
    {
        using var host = new BotHost();
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();
        var curation = host.Services.GetRequiredService<TrainingCuration>();
        var before = await ReadAsync(host);
        Assert.NotEqual(Intents.OrderStatus, before.Intent);

        await curation.AddAsync(TrainingKind.Intent, Intents.OrderStatus, "en-US", Lesson, "ana");
        Assert.NotEqual(Intents.OrderStatus, (await ReadAsync(host)).Intent);
        var published = await curation.PublishAsync(TrainingKind.Intent, "ana");
        var started = DateTime.UtcNow;

        var after = await Eventually(() => ReadAsync(host), reading => reading.Intent == Intents.OrderStatus, TimeSpan.FromSeconds(20));

        output.WriteLine($"Before: {before.Intent} ({before.TopIntents[0].Intent} {before.TopIntents[0].Probability:0.00}); " +
                         $"after: {after.Intent} {after.TopIntents[0].Probability:0.00}, live {(DateTime.UtcNow - started).TotalSeconds:0.0} s after publishing");
        Assert.Equal(Intents.OrderStatus, after.Intent);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), $"Took {DateTime.UtcNow - started}");
        Assert.Equal(published.Publication!.Version, host.Services.GetRequiredService<IUnderstandingPreview>().LiveVersion(TrainingKind.Intent));
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Ask(Message);
        var transcript = await host.Services.GetRequiredService<IAgentDesk>().GetTranscriptAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal(Intents.OrderStatus, transcript!.Lines.First(l => l.Role == "customer").Understanding!.Intent);
    }

    [Fact]
    public async Task Another_instance_on_the_same_database_retrains_within_its_refresh_interval()
    {
        Dictionary<string, string?> settings = new() { ["ConversationalCare:Knowledge:RefreshSeconds"] = "1" };
        using var first = new BotHost(settings);
        using var second = new BotHost(settings, first.DataDirectory);
        await Task.WhenAll(
            first.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync(),
            second.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync());
        var curation = first.Services.GetRequiredService<TrainingCuration>();
        await curation.AddAsync(TrainingKind.Intent, Intents.OrderStatus, "en-US", Lesson, "ana");

        await curation.PublishAsync(TrainingKind.Intent, "ana");
        var started = DateTime.UtcNow;

        var reading = await Eventually(() => ReadAsync(second), r => r.Intent == Intents.OrderStatus, TimeSpan.FromSeconds(20));
        output.WriteLine($"The second instance understood it {(DateTime.UtcNow - started).TotalSeconds:0.0} s after the first published");
        Assert.Equal(Intents.OrderStatus, reading.Intent);
    }

    [Fact]
    public async Task A_new_installation_learns_from_the_shipped_phrases_seeded_into_the_database_once()
    {
        using var host = new BotHost();
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();
        var curation = host.Services.GetRequiredService<TrainingCuration>();
        var shipped = await new CsvUtteranceSource(Microsoft.Extensions.Options.Options.Create(new UnderstandingOptions())).IntentUtterancesAsync(CancellationToken.None);

        var intents = await curation.PublishedAsync(TrainingKind.Intent);
        var emotions = await curation.OverviewAsync(TrainingKind.Emotion);

        Assert.Equal(shipped.Select(u => (u.Text, u.Label, u.Locale)), intents.Phrases.Select(p => (p.Text, p.Label, p.Locale)));
        Assert.Equal(Emotions.All, emotions.Labels.Select(l => l.Label));
        Assert.All(emotions.Labels, label => Assert.True(label.Live > 0));
        Assert.Equal(TrainingCuration.SeedActor, emotions.LastPublication!.Actor);
        Assert.Equal(Intents.OrderStatus, (await ReadAsync(host, "where is my parcel")).Intent);
    }

    [Fact]
    public async Task Removing_published_phrases_takes_effect_after_publishing()
    {
        using var host = new BotHost();
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();
        var curation = host.Services.GetRequiredService<TrainingCuration>();
        await curation.AddAsync(TrainingKind.Intent, Intents.OrderStatus, "en-US", Lesson, "ana");
        await curation.PublishAsync(TrainingKind.Intent, "ana");
        await Eventually(() => ReadAsync(host), r => r.Intent == Intents.OrderStatus, TimeSpan.FromSeconds(20));

        foreach (var phrase in (await curation.PhrasesAsync(TrainingKind.Intent, Intents.OrderStatus, search: "wubbix")).Items)
            await curation.RemoveAsync(phrase.Id, "ana");
        Assert.Equal(Intents.OrderStatus, (await ReadAsync(host)).Intent);
        await curation.PublishAsync(TrainingKind.Intent, "ana");

        var reading = await Eventually(() => ReadAsync(host), r => r.Intent != Intents.OrderStatus, TimeSpan.FromSeconds(20));
        Assert.NotEqual(Intents.OrderStatus, reading.Intent);
    }
}
