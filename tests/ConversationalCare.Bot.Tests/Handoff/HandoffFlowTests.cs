using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>A customer reaches a person over Direct Line, and the agent works the conversation through the agent API.</summary>
public class HandoffFlowTests
{
    [Fact]
    public async Task A_customer_who_asks_for_a_person_in_Chinese_is_queued_served_by_an_agent_and_asked_for_CSAT()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.GoOnlineAsync()).StatusCode);
        var chat = await DirectLineChat.StartAsync(http, "zh-CN");

        await chat.Ask("我的快递到哪了", locale: "zh-CN");
        await chat.Send("转人工", locale: "zh-CN");
        await chat.ExpectReplyContaining("排在第 1 位");

        var waiting = Assert.Single(await alice.InboxAsync("waiting"), item => item.ConversationId == chat.ConversationId);
        Assert.Equal("the customer asked for a person", waiting.Reason);
        Assert.Equal("alice", waiting.OfferedTo);
        var context = await alice.ContextAsync(chat.ConversationId);
        Assert.Equal("customer-asked", context.Handoff.Reason);
        Assert.Equal("orders", context.Handoff.Team);
        Assert.Contains(context.Transcript, line => line.Text == "我的快递到哪了" && line.Understanding?.Intent == "order_status");
        Assert.Contains(chat.Seen, a => a.Name == "handoff.initiate" && a.Attachments?.Single().Name == "Transcript");

        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        await chat.ExpectReplyContaining("Alice 已加入对话");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, "您好，我来帮您查一下订单")).StatusCode);
        var fromAgent = await chat.ExpectReplyContaining("我来帮您查一下订单");
        Assert.Equal("Alice", fromAgent.From?.Name);

        var orderMessage = await chat.Send("订单号 LC-20261124", locale: "zh-CN");
        context = await alice.ExpectContextAsync(chat.ConversationId, c => c.Transcript.Any(l => l.Text == "订单号 LC-20261124"), "the customer's message");
        Assert.Contains(context.Entities, e => e.Kind == "order number" && e.Value == "LC-20261124");
        Assert.DoesNotContain(chat.Seen, a => a.ReplyToId == orderMessage);

        Assert.Equal(HttpStatusCode.NoContent, (await alice.ResolveAsync(chat.ConversationId)).StatusCode);
        var survey = await chat.ExpectReplyContaining("请为本次服务打分");
        Assert.Equal(5, survey.SuggestedActions!.Actions.Count);
        Assert.Contains(chat.Seen, a => a.Name == "handoff.status" && a.Value?.GetProperty("state").GetString() == "completed");
        await chat.Send("5", locale: "zh-CN");
        await chat.ExpectReplyContaining("还有什么想补充的吗");
        await chat.Send("客服很耐心", locale: "zh-CN");
        await chat.ExpectReplyContaining("感谢您的反馈");

        context = await alice.ContextAsync(chat.ConversationId);
        Assert.Equal(5, context.Handoff.CsatScore);
        Assert.Equal("客服很耐心", context.Handoff.CsatComment);
        Assert.Equal("Resolved", context.Handoff.Status);
    }

    [Fact]
    public async Task Twenty_simultaneous_claims_leave_exactly_one_owner()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var bob = new AgentApiClient(host, "bob");
        using var sam = new AgentApiClient(host, "sam");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");

        var agents = new[] { alice, bob, sam };
        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => agents[i % 3].ClaimAsync(chat.ConversationId)));

        var winners = claims.Select((response, i) => (response.StatusCode, Agent: agents[i % 3].UserName))
            .Where(c => c.StatusCode == HttpStatusCode.NoContent).Select(c => c.Agent).Distinct().ToList();
        var owner = Assert.Single(winners);
        Assert.All(claims.Where((_, i) => agents[i % 3].UserName != owner), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(owner, (await alice.ContextAsync(chat.ConversationId)).Handoff.Owner);
    }

    [Fact]
    public async Task While_a_person_has_the_chat_the_bot_stays_silent_and_after_hand_back_it_answers_again()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("agent please");
        await chat.ExpectReplyContaining("in the queue");
        await alice.ClaimAsync(chat.ConversationId);

        var question = await chat.Send("how do I return an item?");
        await alice.ExpectContextAsync(chat.ConversationId, c => c.Transcript.Any(l => l.Text == "how do I return an item?"), "the question");
        await Task.Delay(1000);
        await chat.Poll();
        Assert.DoesNotContain(chat.Seen, a => a.ReplyToId == question && a.From?.Id == "conversationalcare-bot" && a.Type == "message");

        Assert.Equal(HttpStatusCode.NoContent, (await alice.ReleaseAsync(chat.ConversationId)).StatusCode);
        await chat.ExpectReplyContaining("back with the assistant");
        var answer = await chat.Ask("how do I return an item?");
        Assert.Contains("return", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_nobody_online_the_customer_can_leave_a_message_that_becomes_a_ticket()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Send("I want to speak to a human");
        await chat.ExpectReplyContaining("Leave your message here");
        Assert.Contains(chat.Seen, a => a.Name == "handoff.status" && a.Value?.GetProperty("state").GetString() == "failed");
        await chat.Send("Please call me back about my broken lamp, my email is kim@example.com");
        await chat.ExpectReplyContaining("ticket");

        using var sam = new AgentApiClient(host, "sam");
        var ticket = Assert.Single(await sam.InboxAsync("waiting"), item => item.ConversationId == chat.ConversationId);
        Assert.Equal("Ticket", ticket.Status);
        var context = await sam.ContextAsync(chat.ConversationId);
        Assert.Contains(context.Entities, e => e.Kind == "email" && e.Value == "kim@example.com");
    }

    [Fact]
    public async Task The_agent_API_is_described_by_an_OpenAPI_document()
    {
        using var host = new BotHost();
        using var http = host.NewClient();

        var document = await http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/agent/conversations/{id}/claim", document);
        Assert.Contains("/api/agent/token", document);
    }

    [Fact]
    public async Task Claims_by_strangers_and_bad_requests_get_clear_problems()
    {
        using var host = new BotHost();
        using var anonymous = host.NewClient();
        using var wrongToken = AgentApiClient.Authorized(host, "not-a-token");
        using var alice = new AgentApiClient(host, "alice");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/agent/conversations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongToken.GetAsync("/api/agent/conversations")).StatusCode);
        var missing = await alice.ClaimAsync("no-such-conversation");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var aliceHttp = AgentApiClient.Authorized(host, "demo-token-alice");
        Assert.Equal(HttpStatusCode.BadRequest, (await aliceHttp.GetAsync("/api/agent/conversations?status=everything")).StatusCode);
    }
}
