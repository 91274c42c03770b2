using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Knowledge.Tests.Training;

public sealed class PublishingPhrasesTests : IAsyncLifetime
{
    private TrainingLibrary library = null!;

    public async Task InitializeAsync() => library = await TrainingLibrary.StartAsync();

    public async Task DisposeAsync() => await library.DisposeAsync();

    private async Task<long> SeedAsync() =>
        await library.Curation.SeedIfEmptyAsync(TrainingKind.Intent, TrainingLibrary.Shipped(
            ("hi", "greeting", "en-US"), ("where is my parcel", "order_status", "en-US"), ("我的快递到哪了", "order_status", "zh-CN")));

    [Fact]
    public async Task Publishing_makes_every_draft_live_as_one_new_training_version_with_who_and_when()
    {
        var curation = library.Curation;
        await SeedAsync();
        var before = await curation.VersionAsync(TrainingKind.Intent);
        await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel", "has my zorblat shipped"], "ana");
        library.Knowledge.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await curation.PublishAsync(TrainingKind.Intent, "rui");

        var published = await curation.PublishedAsync(TrainingKind.Intent);
        Assert.Equal(new PublicationInfo(before + 1, "rui", KnowledgeHost.Start.AddMinutes(5), Added: 2, Removed: 0), result.Publication);
        Assert.Equal(before + 1, published.Version);
        Assert.Equal(["hi", "where is my parcel", "我的快递到哪了", "zorblat my parcel", "has my zorblat shipped"], published.Phrases.Select(p => p.Text));
        Assert.Equal(0, (await curation.OverviewAsync(TrainingKind.Intent)).Pending);
        Assert.Equal(result.Publication, (await curation.HistoryAsync(TrainingKind.Intent))[0]);
    }

    [Fact]
    public async Task Publishing_with_nothing_pending_keeps_the_version()
    {
        await SeedAsync();
        var version = await library.Curation.VersionAsync(TrainingKind.Intent);

        var result = await library.Curation.PublishAsync(TrainingKind.Intent, "rui");

        Assert.False(result.Published);
        Assert.Equal(version, await library.Curation.VersionAsync(TrainingKind.Intent));
    }

    [Fact]
    public async Task Publishing_one_model_leaves_the_others_drafts_and_version_alone()
    {
        var curation = library.Curation;
        await curation.AddAsync(TrainingKind.Emotion, "anger", "en-US", ["this zorblat is outrageous"], "ana");
        await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel"], "ana");

        await curation.PublishAsync(TrainingKind.Intent, "rui");

        Assert.Equal(0, await curation.VersionAsync(TrainingKind.Emotion));
        Assert.Equal(1, (await curation.OverviewAsync(TrainingKind.Emotion)).PendingAdds);
    }

    [Fact]
    public async Task A_phrase_marked_for_removal_keeps_teaching_until_the_removal_is_published()
    {
        var curation = library.Curation;
        await SeedAsync();
        var parcel = (await curation.PhrasesAsync(TrainingKind.Intent, "order_status", "en-US")).Items.Single();

        Assert.Equal(PhraseChange.Done, await curation.RemoveAsync(parcel.Id, "ana"));
        Assert.Equal(PhraseChange.Unchanged, await curation.RemoveAsync(parcel.Id, "ana"));
        Assert.Contains("where is my parcel", (await curation.PublishedAsync(TrainingKind.Intent)).Phrases.Select(p => p.Text));
        Assert.Equal(1, (await curation.OverviewAsync(TrainingKind.Intent)).PendingRemovals);

        var result = await curation.PublishAsync(TrainingKind.Intent, "rui");

        Assert.Equal((0, 1), (result.Publication!.Added, result.Publication.Removed));
        Assert.DoesNotContain("where is my parcel", (await curation.PublishedAsync(TrainingKind.Intent)).Phrases.Select(p => p.Text));
        Assert.Equal(0, (await curation.PhrasesAsync(TrainingKind.Intent, "order_status", "en-US")).Total);
        Assert.Equal(PhraseChange.NotFound, await curation.RemoveAsync(parcel.Id, "ana"));
        // Removed words are history, so they may be taught again.
        Assert.Single((await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["where is my parcel"], "ana")).Added);
    }

    [Fact]
    public async Task Removing_a_draft_discards_it_and_a_removal_can_be_taken_back_before_publishing()
    {
        var curation = library.Curation;
        await SeedAsync();
        var draft = (await curation.AddAsync(TrainingKind.Intent, "greeting", "en-US", ["howdy"], "ana")).Added.Single();
        var hi = (await curation.PhrasesAsync(TrainingKind.Intent, "greeting", search: "HI")).Items.Single();

        Assert.Equal(PhraseChange.Done, await curation.RemoveAsync(draft.Id, "ana"));
        Assert.Equal(PhraseChange.Done, await curation.RemoveAsync(hi.Id, "ana"));
        Assert.Equal(PhraseChange.Done, await curation.KeepAsync(hi.Id));

        Assert.False((await curation.PublishAsync(TrainingKind.Intent, "rui")).Published);
        Assert.Equal(PhraseState.Published, (await curation.PhrasesAsync(TrainingKind.Intent, "greeting")).Items.Single().State);
    }

    [Fact]
    public async Task Counts_live_phrases_per_label_and_locale_with_what_waits_for_a_publish()
    {
        var curation = library.Curation;
        await SeedAsync();
        await curation.AddAsync(TrainingKind.Intent, "order_status", "zh-CN", ["包裹在哪"], "ana");

        var overview = await curation.OverviewAsync(TrainingKind.Intent);

        Assert.Equal(["greeting", "order_status", "returns_refunds", "out_of_scope"], overview.Labels.Select(l => l.Label));
        var orders = overview.Labels[1];
        Assert.Equal((1, 1, 2, 1), (orders.LivePerLocale["en-US"], orders.LivePerLocale["zh-CN"], orders.Live, orders.Drafts));
        Assert.Equal(0, overview.Labels[2].Live);
        Assert.Equal(("seed", 3), (overview.LastPublication!.Actor, overview.LastPublication.Added));
    }

    [Fact]
    public async Task Lists_a_labels_pending_changes_first_and_finds_phrases_by_their_words()
    {
        var curation = library.Curation;
        await SeedAsync();
        await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel"], "ana");

        var all = await curation.PhrasesAsync(TrainingKind.Intent, "order_status");
        var found = await curation.PhrasesAsync(TrainingKind.Intent, "order_status", search: "PARCEL");
        var chinese = await curation.PhrasesAsync(TrainingKind.Intent, "order_status", locale: "zh-CN");

        Assert.Equal(["zorblat my parcel", "我的快递到哪了", "where is my parcel"], all.Items.Select(p => p.Text));
        Assert.Equal(2, found.Total);
        Assert.Equal(["我的快递到哪了"], chinese.Items.Select(p => p.Text));
    }

    [Fact]
    public async Task Publishing_wakes_the_bot_in_this_process_at_once()
    {
        var published = library.Signal.NextAsync(CancellationToken.None);
        await library.Curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel"], "ana");
        Assert.False(published.IsCompleted);

        await library.Curation.PublishAsync(TrainingKind.Intent, "rui");

        await published.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
