using System.Net;
using ConversationalCare.Bot.Tests.Hosting;
using static ConversationalCare.Bot.Tests.Knowledge.Api.ContentOwnerClient;

namespace ConversationalCare.Bot.Tests.Knowledge.Api;

/// <summary>Content owners write, review and publish articles over the authoring API, under the console's workflow.</summary>
public sealed class ArticleWorkflowApiTests(KnowledgeApiHost shared) : IClassFixture<KnowledgeApiHost>
{
    private const string DogQuestion = "Can I bring my dog into the flagship store?";
    private const string DogAnswer = "Dogs on a lead are welcome in the flagship store, and guide dogs everywhere.";

    private readonly BotHost _host = shared.Host;

    [Fact]
    public async Task A_content_owner_writes_reviews_and_publishes_an_article_and_the_bot_answers_with_it()
    {
        using var olivia = new ContentOwnerClient(_host);
        using var carol = new ContentOwnerClient(_host, "carol");
        using var http = _host.NewClient();

        var draft = await olivia.CreateAsync("en-api-dogs-in-store", DogQuestion, "Dogs are welcome.");
        Assert.Equal(("draft", 1), (draft.GetProperty("status").GetString(), draft.GetProperty("revision").GetInt32()));
        Assert.DoesNotContain("Dogs on a lead", (await (await DirectLineChat.StartAsync(http)).Ask(DogQuestion)).Text);

        var carolsEdit = await carol.EditAsync("en-api-dogs-in-store", 1, DogQuestion, DogAnswer);
        Assert.Equal(HttpStatusCode.OK, carolsEdit.StatusCode);
        var stale = await ProblemAsync(await olivia.EditAsync("en-api-dogs-in-store", 1, DogQuestion, "Only cats."), HttpStatusCode.Conflict);
        Assert.Equal("stale-revision", stale.GetProperty("code").GetString());
        Assert.Equal(("carol", 2), (stale.GetProperty("updatedBy").GetString(), stale.GetProperty("revision").GetInt32()));
        Assert.StartsWith("carol changed this article", stale.GetProperty("detail").GetString());

        var submitted = await olivia.StepOkAsync("en-api-dogs-in-store", "submit", 2);
        // The domain lets any content owner approve, the author included, as the console does.
        var approved = await olivia.StepOkAsync("en-api-dogs-in-store", "approve", submitted.GetProperty("revision").GetInt32(), "Reads well.");
        var published = await olivia.StepOkAsync("en-api-dogs-in-store", "publish", approved.GetProperty("revision").GetInt32());

        Assert.Equal(("inReview", "approved", "published"), (submitted.GetProperty("status").GetString(),
            approved.GetProperty("status").GetString(), published.GetProperty("status").GetString()));
        Assert.Equal(1, published.GetProperty("liveVersion").GetInt32());
        Assert.Equal(DogAnswer, (await olivia.GetAsync("en-api-dogs-in-store")).GetProperty("answer").GetString());
        var reply = await (await DirectLineChat.StartAsync(http)).Ask(DogQuestion);
        Assert.Contains("Dogs on a lead are welcome", reply.Text);
    }

    [Fact]
    public async Task Publishing_without_review_is_refused()
    {
        using var olivia = new ContentOwnerClient(_host);
        await olivia.CreateAsync("en-api-unreviewed", "Do you sell moon rocks?", "Yes, every moon rock is half price today.");

        var asDraft = await ProblemAsync(await olivia.StepAsync("en-api-unreviewed", "publish", 1), HttpStatusCode.Conflict);
        var inReview = await olivia.StepOkAsync("en-api-unreviewed", "submit", 1);
        var beforeApproval = await ProblemAsync(await olivia.StepAsync("en-api-unreviewed", "publish", inReview.GetProperty("revision").GetInt32()), HttpStatusCode.Conflict);

        Assert.Equal(("workflow", "draft"), (asDraft.GetProperty("code").GetString(), asDraft.GetProperty("articleStatus").GetString()));
        Assert.Contains("Only an approved article can be published", asDraft.GetProperty("detail").GetString());
        Assert.Equal(("workflow", "inReview"), (beforeApproval.GetProperty("code").GetString(), beforeApproval.GetProperty("articleStatus").GetString()));
        var article = await olivia.GetAsync("en-api-unreviewed");
        Assert.Equal(("inReview", 0), (article.GetProperty("status").GetString(), article.GetProperty("versions").GetArrayLength()));
        using var http = _host.NewClient();
        Assert.DoesNotContain("half price", (await (await DirectLineChat.StartAsync(http)).Ask("Do you sell moon rocks?")).Text);
    }

    [Fact]
    public async Task Rejecting_sends_the_article_back_to_draft_with_the_reviewers_comment()
    {
        using var olivia = new ContentOwnerClient(_host);
        using var carol = new ContentOwnerClient(_host, "carol");
        await olivia.CreateAsync("en-api-rejected", "Do you repair bicycles?", "Sometimes.");
        var submitted = await olivia.StepOkAsync("en-api-rejected", "submit", 1);

        var withoutComment = await ProblemAsync(await carol.StepAsync("en-api-rejected", "reject", submitted.GetProperty("revision").GetInt32()), HttpStatusCode.BadRequest);
        var rejected = await carol.StepOkAsync("en-api-rejected", "reject", submitted.GetProperty("revision").GetInt32(), "Say which days.");

        Assert.Equal("Say what needs to change when rejecting an article.", withoutComment.GetProperty("errors").GetProperty("comment")[0].GetString());
        Assert.Equal(("draft", "Say which days."), (rejected.GetProperty("status").GetString(), rejected.GetProperty("reviewComment").GetString()));
        Assert.Equal("rejected", rejected.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task The_list_filters_like_the_console_page()
    {
        using var olivia = new ContentOwnerClient(_host);
        await olivia.CreateAsync("en-api-listed-umbrella", "Do you lend umbrellas?", "Yes, at the door.", category: "Umbrellas");

        var drafts = await olivia.Http.GetAsync("/api/knowledge/articles?status=draft&locale=en-us&category=Umbrellas&text=LEND");
        var published = await olivia.Http.GetAsync("/api/knowledge/articles?status=published&text=umbrellas");

        var listed = await BodyAsync(drafts);
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal("en-api-listed-umbrella", listed.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.Equal(0, (await BodyAsync(published)).GetProperty("total").GetInt32());
    }
}
