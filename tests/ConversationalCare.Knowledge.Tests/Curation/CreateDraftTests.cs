using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Knowledge.Tests.Curation;

public sealed class CreateDraftTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    [Fact]
    public async Task Names_each_field_to_fix()
    {
        var result = await knowledge.Curation.CreateDraftAsync("gift wrap!", "english", Drafts.GiftWrap() with { Question = " ", Answer = "" }, "ana");

        Assert.Equal(CurationOutcome.Invalid, result.Outcome);
        Assert.Equal(["answer", "key", "locale", "question"], result.Errors!.Keys.Order());
    }

    [Fact]
    public async Task Refuses_a_key_another_article_already_uses_even_in_another_language()
    {
        await knowledge.Curation.CreateDraftAsync("gift-wrap", "en-US", Drafts.GiftWrap(), "ana");

        var result = await knowledge.Curation.CreateDraftAsync("Gift-Wrap", "zh-CN", Drafts.GiftWrap(), "李娜");

        Assert.Equal(CurationOutcome.Invalid, result.Outcome);
        Assert.Contains("en-US", Assert.Single(result.Errors!["key"]));
    }

    [Fact]
    public async Task Says_so_when_an_article_does_not_exist()
    {
        Assert.Equal(CurationOutcome.NotFound, (await knowledge.Curation.PublishAsync(Guid.NewGuid(), 1, "rui")).Outcome);
        Assert.Null(await knowledge.Curation.GetAsync("en-nothing"));
    }
}
