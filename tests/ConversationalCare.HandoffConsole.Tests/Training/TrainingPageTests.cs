using Bunit;
using ConversationalCare.HandoffConsole.Tests.Curation;
using ConversationalCare.HandoffConsole.Training;
using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Storage;
using ConversationalCare.Knowledge.Training;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConversationalCare.HandoffConsole.Tests.Training;

public class TrainingPageTests : BunitContext, IAsyncLifetime
{
    private static readonly TrainingTaxonomy Taxonomy = new(
        ["greeting", "order_status", "out_of_scope"], ["anger", "neutral"], ["en-US", "zh-CN"]);

    private readonly FakeUnderstandingPreview preview = new();
    private KnowledgeBase knowledge = null!;
    private TrainingCuration curation = null!;
    private Bunit.TestDoubles.BunitAuthorizationContext authorization = null!;

    public async Task InitializeAsync()
    {
        knowledge = await KnowledgeBase.StartAsync();
        curation = new TrainingCuration(
            knowledge.Host.Services.GetRequiredService<IDbContextFactory<KnowledgeDb>>(), Taxonomy,
            knowledge.Host.Services.GetRequiredService<PublishNews>(), knowledge.Clock, NullLogger<TrainingCuration>.Instance);
        await curation.SeedIfEmptyAsync(TrainingKind.Intent, [
            new("hi", "greeting", "en-US"), new("你好", "greeting", "zh-CN"), new("where is my parcel", "order_status", "en-US")]);
        await curation.SeedIfEmptyAsync(TrainingKind.Emotion, [new("i am furious", "anger", "en-US"), new("ok", "neutral", "en-US")]);
        preview.Runs(TrainingKind.Intent, await curation.VersionAsync(TrainingKind.Intent));
        preview.Runs(TrainingKind.Emotion, await curation.VersionAsync(TrainingKind.Emotion));
        Services.AddSingleton(curation);
        Services.AddSingleton<IUnderstandingPreview>(preview);
        authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync() => await knowledge.DisposeAsync();

    private IRenderedComponent<TrainingPage> Open(string? user = "ana")
    {
        if (user is not null) authorization.SetAuthorized(user).SetRoles("contentOwner");
        var page = Render<TrainingPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=phrase]")), TimeSpan.FromSeconds(5));
        return page;
    }

    private static void Eventually(IRenderedComponent<TrainingPage> page, Action assertion) =>
        page.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));

    private static string[] Phrases(IRenderedComponent<TrainingPage> page) =>
        page.FindAll("[data-testid=phrase] .text").Select(p => p.TextContent).ToArray();

    [Fact]
    public void Lists_every_label_with_its_live_phrases_per_language()
    {
        var page = Open();

        var rows = page.FindAll("[data-testid=label-row]");
        Assert.Equal(["greeting", "order_status", "out_of_scope"], rows.Select(r => r.GetAttribute("data-label")));
        Assert.Equal(("1", "1"), (rows[0].QuerySelector("[data-testid=count-en-US]")!.TextContent, rows[0].QuerySelector("[data-testid=count-zh-CN]")!.TextContent));
        Assert.Equal("0", rows[2].QuerySelector("[data-testid=count-en-US]")!.TextContent);
        Assert.Contains("No changes waiting", page.Find("[data-testid=pending]").TextContent);
        Assert.Equal(["你好", "hi"], Phrases(page));
    }

    [Fact]
    public async Task Adds_several_phrases_at_once_and_keeps_refused_lines_in_the_box_with_their_reasons()
    {
        var page = Open();
        page.FindAll("[data-testid=label-row] button.link")[1].Click();
        Eventually(page, () => Assert.Equal(["where is my parcel"], Phrases(page)));

        page.Find("[data-testid=add-text]").Change("florp my wubbix\nhi\n\nhas my wubbix been florped");
        page.Find("form.add").Submit();

        Eventually(page, () => Assert.Equal(["has my wubbix been florped", "florp my wubbix", "where is my parcel"], Phrases(page)));
        Assert.Contains("Added 2 phrases", page.Find("[data-testid=add-result]").TextContent);
        Assert.Contains("Already teaches greeting", page.Find("[data-testid=add-rejected]").TextContent);
        Assert.Equal("hi", page.Find("[data-testid=add-text]").GetAttribute("value"));
        Assert.Contains("2 changes", page.Find("[data-testid=pending]").TextContent);
        Assert.Contains("+2", page.FindAll("[data-testid=label-row]")[1].QuerySelector("[data-testid=waiting]")!.TextContent);
        Assert.Equal(2, (await curation.OverviewAsync(TrainingKind.Intent)).PendingAdds);
        Assert.Equal("ana", (await curation.PhrasesAsync(TrainingKind.Intent, "order_status")).Items[0].CreatedBy);
    }

    [Fact]
    public async Task Publishing_says_the_bot_is_retraining_and_then_that_the_change_is_live()
    {
        var page = Open();
        page.Find("[data-testid=add-text]").Change("howdy");
        page.Find("form.add").Submit();
        Eventually(page, () => Assert.False(page.Find("[data-testid=publish]").HasAttribute("disabled")));

        page.Find("[data-testid=publish]").Click();

        Eventually(page, () => Assert.Contains("Retraining… live in a few seconds", page.Find("[data-testid=publish-status]").TextContent));
        var version = await curation.VersionAsync(TrainingKind.Intent);
        Assert.Contains("howdy", (await curation.PublishedAsync(TrainingKind.Intent)).Phrases.Select(p => p.Text));
        Assert.Contains("No changes waiting", page.Find("[data-testid=pending]").TextContent);
        Assert.Contains($"Version {version} published by ana", page.Find("[data-testid=last-publication]").TextContent);

        preview.Runs(TrainingKind.Intent, version);

        Eventually(page, () => Assert.Contains($"Live: the bot now uses version {version}", page.Find("[data-testid=publish-status]").TextContent));
    }

    [Fact]
    public async Task Removing_a_live_phrase_waits_for_a_publish_and_can_be_taken_back()
    {
        var page = Open();

        page.FindAll("[data-testid=remove]").Single(b => b.GetAttribute("aria-label")!.Contains("hi")).Click();

        Eventually(page, () => Assert.Equal("Removal not published yet", page.Find("[data-testid=phrase-state]").TextContent));
        Assert.Contains("1 change", page.Find("[data-testid=pending]").TextContent);
        Assert.Equal(1, (await curation.OverviewAsync(TrainingKind.Intent)).PendingRemovals);

        page.Find("[data-testid=keep]").Click();

        Eventually(page, () => Assert.Contains("No changes waiting", page.Find("[data-testid=pending]").TextContent));
    }

    [Fact]
    public void Switches_to_the_emotion_model()
    {
        var page = Open();

        page.Find("[data-testid=model-emotion]").Click();

        Eventually(page, () => Assert.Equal(["anger", "neutral"], page.FindAll("[data-testid=label-row]").Select(r => r.GetAttribute("data-label"))));
        Eventually(page, () => Assert.Equal(["i am furious"], Phrases(page)));
        Assert.Equal("true", page.Find("[data-testid=model-emotion]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Try_it_shows_how_the_live_bot_reads_a_message()
    {
        var page = Open();

        page.Find("[data-testid=try-message]").Change("where's my wubbix?");
        page.Find("[data-testid=try-message-locale]").Change("zh-CN");
        page.Find("form.ask").Submit();

        Eventually(page, () => Assert.Equal(["order_status", "returns_refunds", "complaint"],
            page.FindAll("[data-testid=try-guess]").Select(g => g.GetAttribute("data-intent"))));
        Assert.Equal(("where's my wubbix?", "zh-CN"), Assert.Single(preview.Asked));
        Assert.Contains("0.91", page.Find("[data-testid=try-guess]").TextContent);
        Assert.Contains("reads it as order_status", page.Find("[data-testid=try-intent]").TextContent);
        var emotion = page.Find("[data-testid=try-emotion]").TextContent;
        Assert.Contains("anxiety", emotion);
        Assert.Contains("intensity 0.55", emotion);
        Assert.Contains("sentiment −0.31", emotion);
    }

    [Fact]
    public void Offers_no_changes_to_someone_not_signed_in()
    {
        var page = Open(user: null);

        Assert.NotNull(page.Find("[data-testid=signed-out]"));
        Assert.True(page.Find("[data-testid=add]").HasAttribute("disabled"));
        Assert.All(page.FindAll("[data-testid=remove]"), b => Assert.True(b.HasAttribute("disabled")));
    }
}
