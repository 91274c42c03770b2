using System.Net;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Handoff;

public class VipTests
{
    [Fact]
    public async Task A_supervisor_marks_a_customer_VIP_and_their_request_for_a_person_jumps_the_queue()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        using var sam = AgentApiClient.Authorized(host, "demo-token-sam");
        using var aliceHttp = AgentApiClient.Authorized(host, "demo-token-alice");
        await alice.GoOnlineAsync();
        var first = await DirectLineChat.StartAsync(http);
        var vip = await DirectLineChat.StartAsync(http);
        await first.Send("I want to talk to a person");
        await first.ExpectReplyContaining("in the queue");

        Assert.Equal(HttpStatusCode.Forbidden, (await aliceHttp.PutAsJsonAsync($"/api/agent/conversations/{vip.ConversationId}/customer/tier", new { tier = "vip" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sam.PutAsJsonAsync($"/api/agent/conversations/{vip.ConversationId}/customer/tier", new { tier = "gold" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sam.PutAsJsonAsync($"/api/agent/conversations/{vip.ConversationId}/customer/tier", new { tier = "vip" })).StatusCode);
        await vip.Send("I want to talk to a person");
        await vip.ExpectReplyContaining("number 1 in the queue");

        var queue = await alice.InboxAsync("waiting");
        Assert.Equal([vip.ConversationId, first.ConversationId], queue.Select(q => q.ConversationId).ToArray());
        Assert.Equal(1, queue[0].Priority);
        Assert.Equal("vip", (await alice.ContextAsync(vip.ConversationId)).Customer.Tier);
    }
}
