using System.Net;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Tests.Handoff;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Training;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Events;

/// <summary>
/// Two hosts of one database behind a load balancer, with Redis between them: whatever happens through one host is
/// heard live by listeners on the other (customers' sockets, the agent stream, the search index).
/// </summary>
public class RedisClusterTests
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(5);

    [RedisFact]
    public async Task A_customer_whose_socket_is_on_host_A_hears_live_what_an_agent_sends_through_host_B()
    {
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration);
        using var http = hosts.A.NewClient();
        using var alice = new AgentApiClient(hosts.B, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await using var socket = await DirectLineSocket.OpenAsync(chat.StreamUrl!);
        await chat.Send("I want to talk to a person");
        await socket.ExpectAsync(a => a.Text?.Contains("in the queue") == true, "the queue message");

        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, "Hi, Alice here on host B")).StatusCode);

        await socket.ExpectTextAsync("Hi, Alice here on host B", within: Live);
        var watermarks = socket.Stored.Select(r => r.Watermark).ToList();
        Assert.Equal(Enumerable.Range(1, watermarks.Count).Select(i => (long)i), watermarks);
    }

    [RedisFact]
    public async Task An_agent_stream_on_host_B_hears_the_handoff_the_claim_the_typing_and_the_words_of_a_customer_on_host_A()
    {
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration);
        using var http = hosts.A.NewClient();
        using var bob = new AgentApiClient(hosts.A, "bob");
        await bob.GoOnlineAsync();
        await using var stream = await AgentEventListener.OpenAsync(hosts.B, "demo-token-alice");
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Send("I want to talk to a person");
        await stream.ExpectAsync("handoff", e => Is(e, chat) && e.Data.GetProperty("open").GetBoolean(), "the handoff request");
        Assert.Equal(HttpStatusCode.NoContent, (await bob.ClaimAsync(chat.ConversationId)).StatusCode);
        await stream.ExpectAsync("handoff", e => Is(e, chat) && e.Data.GetProperty("owner").GetString() == "bob", "bob's claim");
        await chat.Typing();
        await stream.ExpectAsync("typing", e => Is(e, chat), "the customer typing");
        var sent = DateTime.UtcNow;
        await chat.Send("my order is LC-20261124");

        var heard = await stream.ExpectActivityAsync(chat.ConversationId, "my order is LC-20261124");
        Assert.True(DateTime.UtcNow - sent < Live, $"heard after {(DateTime.UtcNow - sent).TotalSeconds:F1} s");
        Assert.Equal("customer", heard.Data.GetProperty("role").GetString());
    }

    [RedisFact]
    public async Task A_host_hears_each_of_its_own_activities_once_and_not_again_from_Redis()
    {
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration);
        using var http = hosts.A.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        using var feedOnA = hosts.A.Services.GetRequiredService<ConversationFeed>().SubscribeAll();

        var fromA = await hosts.A.Services.GetRequiredService<TranscriptWriter>().AppendAsync(chat.ConversationId, StoredNote.From("written on A"));
        var fromB = await hosts.B.Services.GetRequiredService<TranscriptWriter>().AppendAsync(chat.ConversationId, StoredNote.From("written on B"));

        // B's activity was sent after A's, so once A hears B's, an echo of A's own would have come back already.
        var heard = new List<FeedItem>();
        using var deadline = new CancellationTokenSource(Live);
        await foreach (var item in feedOnA.Reader.ReadAllAsync(deadline.Token))
        {
            heard.Add(item);
            if (item.Activity.Id == fromB.Id) break;
        }
        Assert.Single(heard, i => i.Activity.Id == fromA.Id);
    }

    [RedisFact]
    public async Task An_article_published_on_host_A_answers_on_host_B_within_5_seconds()
    {
        // Host B polls the database only every ten minutes, so Redis is what tells it.
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration, new() { ["ConversationalCare:Knowledge:RefreshSeconds"] = "600" });
        var curation = hosts.A.Services.GetRequiredService<ArticleCuration>();
        var catalogOnB = hosts.B.Services.GetRequiredService<IArticleCatalog>();
        const string key = "en-pay-with-seashells";
        var content = new ArticleContent("Payments", "Can I pay with seashells at the Jupiter store?", ["do you take seashells"],
            "Yes: the Jupiter store takes polished seashells at the till.", ["payment"], [], [], []);

        var draft = await curation.CreateDraftAsync(key, "en-US", content, "carol");
        var submitted = await curation.SubmitForReviewAsync(draft.Article!.Id, draft.Article.Revision, "carol");
        var approved = await curation.ApproveAsync(draft.Article.Id, submitted.Article!.Revision, "olivia");
        var published = await curation.PublishAsync(draft.Article.Id, approved.Article!.Revision, "olivia");
        Assert.True(published.Succeeded, published.Reason);
        var deadline = DateTime.UtcNow + Live;
        while (catalogOnB.Find(key) is null && DateTime.UtcNow < deadline) await Task.Delay(50);

        Assert.NotNull(catalogOnB.Find(key));
        using var http = hosts.B.NewClient();
        var reply = await (await DirectLineChat.StartAsync(http)).Ask("Can I pay with seashells at the Jupiter store?");
        Assert.Contains("polished seashells", reply.Text);
    }

    [RedisFact]
    public async Task The_console_on_host_B_refreshes_for_a_conversation_on_host_A_and_sees_its_customer_typing()
    {
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration);
        using var http = hosts.A.NewClient();
        using var alice = new AgentApiClient(hosts.B, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        // Both start listening before anything is sent, as an open console page does.
        var refreshed = FirstAsync(hosts.B.Services.GetRequiredService<IAgentDesk>().WatchAsync(closing.Token),
            id => id == chat.ConversationId);
        var typing = FirstAsync(hosts.B.Services.GetRequiredService<IHandoffDesk>()
            .WatchCustomerTypingAsync(chat.ConversationId, closing.Token), _ => true);

        await chat.Send("are you there?");
        await chat.Typing();

        await refreshed.WaitAsync(Live);
        await typing.WaitAsync(Live);
    }

    [RedisFact]
    public async Task Training_published_on_host_A_retrains_the_model_on_host_B_without_waiting_for_its_poll()
    {
        using var hosts = TwoHosts.Start(RedisFactAttribute.Configuration, new() { ["ConversationalCare:Knowledge:RefreshSeconds"] = "600" });
        var curation = hosts.A.Services.GetRequiredService<TrainingCuration>();
        var modelOnB = hosts.B.Services.GetRequiredService<DatabaseUtteranceSource>();

        // B's first training (at start, in the background) reads whatever is published when it begins; publish after it.
        for (var waited = 0; modelOnB.TrainedVersion(TrainingKind.Intent) is null && waited < 600; waited++) await Task.Delay(100);
        await curation.AddAsync(TrainingKind.Intent, "order_status", "en-US", ["has my zorblat parcel left the depot"], "ana");
        var published = await curation.PublishAsync(TrainingKind.Intent, "rui");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (modelOnB.TrainedVersion(TrainingKind.Intent) != published.Publication!.Version && DateTime.UtcNow < deadline) await Task.Delay(100);

        Assert.Equal(published.Publication.Version, modelOnB.TrainedVersion(TrainingKind.Intent));
    }

    /// <summary>Starts listening at once; completes with the first matching item.</summary>
    private static async Task<T> FirstAsync<T>(IAsyncEnumerable<T> source, Func<T, bool> match)
    {
        await foreach (var item in source)
            if (match(item)) return item;
        throw new InvalidOperationException("The watch ended without a match.");
    }

    private static bool Is(AgentStreamEvent e, DirectLineChat chat) => e.Data.GetProperty("conversationId").GetString() == chat.ConversationId;
}
