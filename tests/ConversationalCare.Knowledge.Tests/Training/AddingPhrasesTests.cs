using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.Knowledge.Tests.Training;

public sealed class AddingPhrasesTests : IAsyncLifetime
{
    private TrainingLibrary library = null!;

    public async Task InitializeAsync() => library = await TrainingLibrary.StartAsync();

    public async Task DisposeAsync() => await library.DisposeAsync();

    [Fact]
    public async Task Adds_each_line_as_a_draft_the_bot_does_not_learn_from_until_published()
    {
        var curation = library.Curation;

        var result = await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel", "  has my   zorblat shipped "], "ana");

        Assert.Equal(["zorblat my parcel", "has my zorblat shipped"], result.Added.Select(p => p.Text));
        Assert.All(result.Added, p => Assert.Equal((PhraseState.Draft, "ana", KnowledgeHost.Start), (p.State, p.CreatedBy, p.CreatedAt)));
        Assert.Empty(result.Rejected);
        Assert.Empty((await curation.PublishedAsync(TrainingKind.Intent)).Phrases);
        Assert.Equal(2, (await curation.OverviewAsync(TrainingKind.Intent)).PendingAdds);
    }

    [Theory]
    [InlineData("parcel_tracking", "en-US", "not one of the bot's intents")]
    [InlineData("order_status", "fr-FR", "does not speak 'fr-FR'")]
    public async Task Refuses_a_label_or_locale_the_bot_does_not_know_and_adds_nothing(string label, string locale, string reason)
    {
        var result = await library.Curation.AddAsync(TrainingKind.Intent, label, locale, ["where is my parcel"], "ana");

        Assert.Contains(reason, result.Problem);
        Assert.Empty(result.Added);
        Assert.Equal(0, (await library.Curation.OverviewAsync(TrainingKind.Intent)).Pending);
    }

    [Fact]
    public async Task An_emotion_label_is_not_an_intent()
    {
        var result = await library.Curation.AddAsync(TrainingKind.Intent, "anger", "en-US", ["this is outrageous"], "ana");

        Assert.Contains("greeting, order_status", result.Problem);
    }

    [Fact]
    public async Task Keeps_the_good_lines_and_says_why_each_other_line_was_refused()
    {
        var curation = library.Curation;
        await curation.AddAsync(TrainingKind.Intent, "returns_refunds", "en-US", ["send it back"], "ana");

        var result = await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US",
            ["where is my parcel", "", "WHERE IS MY  PARCEL", new string('x', 501), "Send it back", "track my box"], "rui");

        Assert.Equal(["where is my parcel", "track my box"], result.Added.Select(p => p.Text));
        Assert.Collection(result.Rejected,
            r => Assert.Equal(("WHERE IS MY PARCEL", "Already a phrase of order_status."), (r.Text, r.Reason)),
            r => Assert.Contains("to 500 characters; this one has 501", r.Reason),
            r => Assert.Equal("Already teaches returns_refunds; the same words cannot teach order_status too.", r.Reason));
        Assert.Null(result.Problem);
    }

    [Fact]
    public async Task The_same_words_may_teach_an_intent_and_an_emotion_or_two_locales()
    {
        var curation = library.Curation;
        await curation.AddAsync(TrainingKind.Intent, "greeting", "en-US", ["hello there"], "ana");

        var emotion = await curation.AddAsync(TrainingKind.Emotion, "neutral", "en-US", ["hello there"], "ana");
        var chinese = await curation.AddAsync(TrainingKind.Intent, "greeting", "zh-CN", ["hello there"], "ana");

        Assert.Single(emotion.Added);
        Assert.Single(chinese.Added);
    }

    [Fact]
    public async Task Nothing_but_blank_lines_asks_for_a_phrase()
    {
        var result = await library.Curation.AddAsync(TrainingKind.Intent, "greeting", "en-US", ["", "   "], "ana");

        Assert.Equal("Write at least one phrase, one per line.", result.Problem);
    }

    [Fact]
    public async Task Two_editors_adding_the_same_words_at_once_store_them_once()
    {
        var adds = Enumerable.Range(0, 4).Select(i =>
            library.Curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["zorblat my parcel", $"line {i}"], $"editor{i}"));

        var results = await Task.WhenAll(adds);

        Assert.Equal(1, results.Sum(r => r.Added.Count(p => p.Text == "zorblat my parcel")));
        Assert.Equal(3, results.Sum(r => r.Rejected.Count));
        var page = await library.Curation.PhrasesAsync(TrainingKind.Intent, "order_status");
        Assert.Equal(5, page.Total);
    }
}
