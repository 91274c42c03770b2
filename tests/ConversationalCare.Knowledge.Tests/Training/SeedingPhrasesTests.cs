using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Knowledge.Tests.Training;

public sealed class SeedingPhrasesTests : IAsyncLifetime
{
    private TrainingLibrary library = null!;

    public async Task InitializeAsync() => library = await TrainingLibrary.StartAsync();

    public async Task DisposeAsync() => await library.DisposeAsync();

    private static readonly IEnumerable<SeedPhrase> Shipped = TrainingLibrary.Shipped(
        ("hi", "greeting", "en-US"), ("where is my parcel", "order_status", "en-US"), ("Where is my  parcel", "order_status", "en-US"),
        ("teleport me", "teleportation", "en-US"), ("", "greeting", "en-US"));

    [Fact]
    public async Task Seeds_an_empty_model_with_the_shipped_phrases_live_as_its_first_version()
    {
        var seeded = await library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped);

        var published = await library.Curation.PublishedAsync(TrainingKind.Intent);
        Assert.Equal(2, seeded);
        Assert.Equal(["hi", "where is my parcel"], published.Phrases.Select(p => p.Text));
        Assert.Equal(1, published.Version);
        Assert.Equal("seed", (await library.Curation.HistoryAsync(TrainingKind.Intent)).Single().Actor);
    }

    [Fact]
    public async Task Seeds_only_once_even_after_a_content_owner_removed_every_phrase()
    {
        var curation = library.Curation;
        await curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped);
        foreach (var phrase in (await curation.PhrasesAsync(TrainingKind.Intent, "greeting")).Items.Concat(
                     (await curation.PhrasesAsync(TrainingKind.Intent, "order_status")).Items))
            await curation.RemoveAsync(phrase.Id, "ana");
        await curation.PublishAsync(TrainingKind.Intent, "ana");
        await library.Knowledge.RestartAsync();

        var again = await library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped);

        Assert.Equal(0, again);
        Assert.Empty((await library.Curation.PublishedAsync(TrainingKind.Intent)).Phrases);
    }

    [Fact]
    public async Task Two_instances_seeding_at_once_store_the_phrases_once()
    {
        var seeds = await Task.WhenAll(
            library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped),
            library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped));

        Assert.Equal(2, seeds.Sum());
        Assert.Equal(2, (await library.Curation.PublishedAsync(TrainingKind.Intent)).Phrases.Count);
    }

    [Fact]
    public async Task Seeding_one_model_does_not_seed_the_other()
    {
        await library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, Shipped);

        var emotions = await library.Curation.SeedIfEmptyAsync(TrainingKind.Emotion, TrainingLibrary.Shipped(("i am furious", "anger", "en-US")));

        Assert.Equal(1, emotions);
        Assert.Equal(2, await library.Curation.VersionAsync(TrainingKind.Emotion));
    }
}
