using System.Net;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Learning;

/// <summary>Real chats over Direct Line feed the content owners' gaps list, ratings and suggested phrasings.</summary>
public class LearningLoopTests
{
    private const string Unanswerable = "Can I pay with seashells on Jupiter?";

    [Fact]
    public async Task An_unanswerable_question_asked_twice_appears_in_the_gaps_with_count_two()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var feedback = host.Services.GetRequiredService<IKnowledgeFeedback>();

        await (await DirectLineChat.StartAsync(http)).Ask(Unanswerable);
        var second = await DirectLineChat.StartAsync(http);
        await second.Ask("can i pay with seashells on jupiter");

        var gap = await EventuallyAsync(async () => (await feedback.GapsAsync(new GapFilter(null, 7), default))
            .SingleOrDefault(g => g.Count == 2 && g.Variants.Contains("can i pay with seashells on jupiter")), "the gap asked twice");
        Assert.Equal("en-US", gap.Locale);
        Assert.Equal("can i pay with seashells on jupiter", gap.Wording);
        Assert.Equal(second.ConversationId, gap.ExampleConversationId);
        Assert.Equal(2, gap.Reasons.Unanswered + gap.Reasons.Unclear);
        Assert.Empty(await feedback.GapsAsync(new GapFilter("zh-CN", 7), default));

        using var olivia = new ConsoleBrowser(host);
        await olivia.SignInAsync("olivia", "Olivia-demo-1");
        var page = await olivia.Http.GetStringAsync("/console/knowledge/gaps");
        Assert.Contains("can i pay with seashells on jupiter", page);
        Assert.Contains($"/console/knowledge/gaps/conversations/{second.ConversationId}", page);
        Assert.Contains("can i pay with seashells on jupiter", await olivia.Http.GetStringAsync($"/console/knowledge/gaps/conversations/{second.ConversationId}"));

        var dismissed = await feedback.DismissGapAsync(gap, "olivia", default);

        Assert.True(dismissed.Succeeded);
        Assert.DoesNotContain(await feedback.GapsAsync(new GapFilter(null, 7), default), g => g.Variants.Contains(gap.Wording));
    }

    [Fact]
    public async Task A_not_helpful_rating_counts_against_the_article_and_puts_its_question_in_the_gaps()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var feedback = host.Services.GetRequiredService<IKnowledgeFeedback>();
        var chat = await DirectLineChat.StartAsync(http);

        var answer = await chat.Ask("how do I return an item?");
        var notHelpful = answer.SuggestedActions!.Actions.Single(a => a.Value is { } value
            && value.TryGetProperty("rating", out var rating) && rating.GetString() == "notHelpful");
        var articleKey = notHelpful.Value!.Value.GetProperty("articleKey").GetString()!;
        await chat.Send(notHelpful.Text!, value: notHelpful.Value);
        await chat.ExpectReplyContaining("sorry");

        var ratings = await EventuallyAsync(async () => await feedback.RatingsOfAsync(articleKey, default) is { NotHelpful: 1 } counted ? counted : null,
            "one not-helpful rating");
        Assert.Equal(0, ratings.Helpful);
        Assert.Contains(await feedback.RatingsAsync(DateTimeOffset.UtcNow.AddDays(-7), default), r => r.ArticleKey == articleKey && r.NotHelpful == 1);
        var gap = await EventuallyAsync(async () => (await feedback.GapsAsync(new GapFilter("en-US", 7), default))
            .SingleOrDefault(g => g.Reasons.RatedNotHelpful == 1), "the rated question in the gaps");
        Assert.Equal("how do I return an item?", gap.Wording);
        Assert.Equal(articleKey, gap.Best?.ArticleKey);
    }

    [Fact]
    public async Task An_agent_who_answers_with_an_article_leaves_a_suggestion_that_approved_becomes_a_draft_alternate()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var feedback = host.Services.GetRequiredService<IKnowledgeFeedback>();
        var curation = host.Services.GetRequiredService<ArticleCuration>();
        var tracking = host.Services.GetRequiredService<IArticleCatalog>().Find("en-track-parcel")!;
        var chat = await DirectLineChat.StartAsync(http);

        const string wording = "my parcel seems to be stuck somewhere, no updates since monday";
        await chat.Ask(wording);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, "Sorry about the wait! " + tracking.Answer)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ResolveAsync(chat.ConversationId)).StatusCode);

        var suggestion = await EventuallyAsync(async () => (await feedback.PendingSuggestionsAsync(default))
            .SingleOrDefault(s => s.ConversationId == chat.ConversationId), "a suggested phrasing");
        Assert.Equal(("en-track-parcel", wording, "alice", "en-US"), (suggestion.ArticleKey, suggestion.Wording, suggestion.Agent, suggestion.Locale));
        var before = (await curation.GetAsync("en-track-parcel"))!;

        var approved = await feedback.ApproveSuggestionAsync(suggestion.Id, "olivia", default);

        Assert.True(approved.Succeeded, approved.Message);
        var draft = (await curation.GetAsync("en-track-parcel"))!;
        Assert.Equal(before.Id, approved.ArticleId);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal(before.Revision + 1, draft.Revision);
        Assert.Contains(wording, draft.Content.AlternateQuestions);
        Assert.Equal("olivia", draft.Audit[0].Actor);
        Assert.Equal(before.Summary.LiveVersion, draft.Summary.LiveVersion);
        Assert.Empty(await feedback.PendingSuggestionsAsync(default));
        Assert.False((await feedback.ApproveSuggestionAsync(suggestion.Id, "olivia", default)).Succeeded);

        using var olivia = new ConsoleBrowser(host);
        await olivia.SignInAsync("olivia", "Olivia-demo-1");
        var byKey = await olivia.Http.GetAsync("/console/knowledge/articles/by-key/en-track-parcel");
        Assert.Equal(HttpStatusCode.Redirect, byKey.StatusCode);
        Assert.EndsWith($"/console/knowledge/articles/{draft.Id}", byKey.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_resolution_without_an_article_suggests_nothing()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var learner = host.Services.GetRequiredService<Bot.Learning.ResolutionLearner>();
        var feedback = host.Services.GetRequiredService<IKnowledgeFeedback>();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask("my parcel seems to be stuck somewhere");
        await chat.Send("agent please");
        await chat.ExpectReplyContaining("in the queue");
        await alice.ClaimAsync(chat.ConversationId);
        await alice.SayAsync(chat.ConversationId, "Let me call the carrier for you and get back by email.");
        await alice.ResolveAsync(chat.ConversationId, "follow-up needed");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await learner.CatchUpAsync(default);

        Assert.Empty(await feedback.PendingSuggestionsAsync(default));
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read, string description) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await read() is { } found) return found;
            await Task.Delay(100);
        }
        Assert.Fail($"Expected {description}.");
        throw new InvalidOperationException();
    }
}
